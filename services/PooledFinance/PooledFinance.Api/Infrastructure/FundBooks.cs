using Commissioning.Domain;
using Commissioning.Persistence;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Infrastructure;

/// <summary>A fund with its lines and ledger, loaded together because every figure needs all three.</summary>
public sealed record FundBooks(Fund Fund, IReadOnlyList<BudgetLine> Lines, FundLedger Ledger)
{
    public static async Task<FundBooks> Load(PooledFinanceStore store, Guid fundId, string field = "id")
    {
        var fund = await store.Aggregates<Fund>().Get(fundId, field);
        var lines = await store.Aggregates<BudgetLine>().List(fundId.ToString());
        var ledger = (await store.Aggregates<FundLedger>().List(fundId.ToString())).Single();
        return new FundBooks(fund, lines, ledger);
    }

    public BudgetLine Line(Guid budgetLineId, string field = "budgetLineId") =>
        Lines.FirstOrDefault(l => l.Id == budgetLineId) ?? throw RuleViolation.NotFound(field, $"{budgetLineId} is not a line of {Fund.Name}.");

    public FundPosition Position(FinancialYear year, int month) => FundPosition.Calculate(Fund, Lines, Ledger.Entries, year, month);

    /// <summary>
    /// Posts an entry unless one of the same kind with the same reference is already there: commitments
    /// arrive from other services at least once, and money must never be counted twice.
    /// </summary>
    public LedgerEntry PostOnce(Guid budgetLineId, EntryKind kind, decimal amount, DateOnly postingDate, string reference)
    {
        var existing = Ledger.Entries.FirstOrDefault(e => e.Kind == kind && e.Reference == reference && e.ReversesEntryId is null);
        if (existing is null) return Ledger.Post(Fund, Line(budgetLineId), kind, amount, postingDate, reference);
        if (existing.Amount != amount || existing.BudgetLineId != budgetLineId)
            throw RuleViolation.AlreadyExists("reference", $"'{reference}' was already posted with other figures; reverse it first.");
        return existing;
    }

    /// <summary>What a line can still take this year: budget less commitments and actuals to date.</summary>
    public decimal Headroom(Guid budgetLineId, FinancialYear year, string field = "budgetLineId")
    {
        var line = Line(budgetLineId, field);
        var figures = Position(year, 12).Lines.Single(l => l.BudgetLineId == line.Id).Figures;
        return figures.Budget - figures.Committed - figures.Actual;
    }
}
