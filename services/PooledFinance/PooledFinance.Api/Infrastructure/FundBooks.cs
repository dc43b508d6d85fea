using Commissioning.Domain;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure.Ledger;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// A fund with its lines, and its ledger in the store's <c>ledger_entries</c> table. Figures come from
/// the year-to-date totals the store keeps by line, kind and month, handed to the domain's <see cref="FundPosition"/>;
/// postings go through the domain's <see cref="FundLedger"/> rules, given just the entries each rule needs.
/// <see cref="PostOnce"/> only stages, for an event handler that saves the entry with its inbox record.
/// </summary>
public sealed class FundBooks(PooledFinanceStore store, Fund fund, IReadOnlyList<BudgetLine> lines)
{
    public Fund Fund { get; } = fund;
    public IReadOnlyList<BudgetLine> Lines { get; } = lines;

    public static async Task<FundBooks> Load(PooledFinanceStore store, Guid fundId, string field = "id")
    {
        var fund = await store.Aggregates<Fund>().Get(fundId, field);
        var lines = await store.Aggregates<BudgetLine>().List(fundId.ToString());
        return new FundBooks(store, fund, lines);
    }

    public BudgetLine Line(Guid budgetLineId, string field = "budgetLineId") =>
        Lines.FirstOrDefault(l => l.Id == budgetLineId) ?? throw RuleViolation.NotFound(field, $"{budgetLineId} is not a line of {Fund.Name}.");

    public async Task<FundPosition> PositionAsync(FinancialYear year, int month, CancellationToken cancellationToken = default) =>
        FundPosition.Calculate(Fund, Lines, (await Totals(year, month).ToListAsync(cancellationToken)).Select(ToTotal), year, month);

    /// <summary>What a line can still take this year: budget less commitments and actuals to date.</summary>
    public async Task<decimal> HeadroomAsync(Guid budgetLineId, FinancialYear year, string field = "budgetLineId", CancellationToken cancellationToken = default)
    {
        var line = Line(budgetLineId, field);
        return HeadroomOf(line, year, await Totals(year, 12, line.Id).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Stages an entry unless the same one is already posted (the caller saves). A concurrent writer
    /// of the same reference is stopped by the unique index when the caller saves.
    /// </summary>
    public LedgerEntry PostOnce(Guid budgetLineId, EntryKind kind, decimal amount, DateOnly postingDate, string reference)
    {
        var ledger = new FundLedger(Fund, ByReference(kind, reference).ToList().Select(r => r.ToEntry()));
        var entry = ledger.PostOnce(Line(budgetLineId), kind, amount, postingDate, reference);
        Stage(ledger);
        return entry;
    }

    /// <summary>
    /// Posts an entry once and saves it. If a concurrent writer saved the same reference first, its
    /// entry is the answer when the figures agree, and a 409 when they do not: never a second entry.
    /// </summary>
    public async Task<LedgerEntry> PostOnceAsync(Guid budgetLineId, EntryKind kind, decimal amount, DateOnly postingDate, string reference,
        CancellationToken cancellationToken = default)
    {
        var line = Line(budgetLineId);
        var ledger = new FundLedger(Fund, await Known(ByReference(kind, reference), cancellationToken));
        var entry = ledger.PostOnce(line, kind, amount, postingDate, reference);
        Stage(ledger);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
            return entry;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            var winner = new FundLedger(Fund, await Known(ByReference(kind, reference), cancellationToken));
            return winner.PostOnce(line, kind, amount, postingDate, reference);
        }
    }

    /// <summary>Reverses an entry of this fund and saves the reversal; a second reversal, even a concurrent one, is refused.</summary>
    public async Task<LedgerEntry> ReverseAsync(Guid entryId, DateOnly postingDate, string reason, CancellationToken cancellationToken = default)
    {
        var ledger = new FundLedger(Fund, await Known(Entries.Where(e => e.Id == entryId || e.ReversesEntryId == entryId), cancellationToken));
        var reversal = ledger.Reverse(entryId, postingDate, reason);
        Stage(ledger);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
            return reversal;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw LedgerRules.ReversalKeptOnce.Broken("entryId",
                "This entry was reversed by someone else at the same time.");
        }
    }

    /// <summary>
    /// Stages, on each of <paramref name="lines"/>, what brings it to the figure a contract or staffing forecast
    /// now commits on it (the caller saves). What the commitment has posted is summed per line from its entries'
    /// reference prefix in one GROUP BY, so a redelivered or late statement posts only a difference.
    /// </summary>
    public async Task StageCommitment(ILineCommitment commitment, IEnumerable<BudgetLine> lines,
        CancellationToken cancellationToken)
    {
        var prefix = commitment.ReferencePrefix;
        var posted = await Entries.Where(e => e.Kind == EntryKind.Commitment && e.Reference.StartsWith(prefix))
            .GroupBy(e => e.BudgetLineId).Select(g => new { Line = g.Key, Pence = g.Sum(e => e.AmountPence) })
            .ToDictionaryAsync(p => p.Line, p => p.Pence, cancellationToken);
        var ledger = FundLedger.Open(Fund);
        foreach (var line in lines)
        {
            var already = Pence.ToPounds(posted.GetValueOrDefault(line.Id));
            if (commitment.AdjustmentFor(line, already) is { } adjustment)
                ledger.Post(line, EntryKind.Commitment, adjustment.Amount, adjustment.PostingDate, adjustment.Reference);
        }
        Stage(ledger);
    }

    /// <summary>A line code is used once per fund and year (its reference "budget:{year}:{code}" needs it).</summary>
    public void RequireNewCode(FinancialYear year, string? code)
    {
        if (Lines.Any(l => l.Year == year && string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw LedgerRules.LineCodeOnceAYear.Broken("code", $"{Fund.Name} already has a line {code} in {year}.");
    }

    /// <summary>The contracts and staffing forecasts held on the fund, which commit on a line once it exists.</summary>
    public async Task<IReadOnlyList<ILineCommitment>> HeldCommitments() =>
        [.. await store.Aggregates<ContractCommitment>().List(Fund.Id.ToString()),
            .. await store.Aggregates<StaffingCommitment>().List(Fund.Id.ToString())];

    /// <summary>
    /// Stages a new line's budget on its year's first day, referenced "budget:{year}:{code}", and what the
    /// <paramref name="held"/> commitments commit on its code (the caller saves). A new line has nothing posted,
    /// so each commitment posts its whole figure and no ledger query is needed.
    /// </summary>
    public void StageNewLine(BudgetLine line, IEnumerable<ILineCommitment> held)
    {
        var ledger = FundLedger.Open(Fund);
        if (line.SignedAmount != 0)
            ledger.Post(line, EntryKind.Budget, line.SignedAmount, line.Year.Start, $"budget:{line.Year}:{line.Code}");
        foreach (var adjustment in held.Select(c => c.AdjustmentFor(line, 0m)).OfType<CommitmentAdjustment>())
            ledger.Post(line, EntryKind.Commitment, adjustment.Amount, adjustment.PostingDate, adjustment.Reference);
        Stage(ledger);
    }

    /// <summary>Adds the entries a ledger posted to the store, to be written when it saves (call once per ledger).</summary>
    public void Stage(FundLedger ledger) => store.LedgerEntries.AddRange(ledger.Posted.Select(LedgerEntryRecord.From));

    private IQueryable<LedgerEntryRecord> Entries => store.LedgerEntries.AsNoTracking().Where(e => e.FundId == Fund.Id);

    private IQueryable<LedgerEntryRecord> ByReference(EntryKind kind, string reference)
    {
        var text = reference.Trim();
        return Entries.Where(e => e.Kind == kind && e.Reference == text && e.ReversesEntryId == null);
    }

    private static async Task<List<LedgerEntry>> Known(IQueryable<LedgerEntryRecord> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).Select(r => r.ToEntry()).ToList();

    /// <summary>
    /// The fund's entries of the year up to the end of the month, summed by line and kind: the month's row of each
    /// in the ledger's year-to-date totals, which the store keeps with every posting.
    /// </summary>
    public IQueryable<LineKindSum> Totals(FinancialYear year, int month, Guid? budgetLineId = null)
    {
        var monthEnd = FundPosition.MonthEnd(year, month);
        var first = new DateOnly(monthEnd.Year, monthEnd.Month, 1);
        var totals = store.LedgerMonthTotals.AsNoTracking().Where(t => t.FundId == Fund.Id && t.Month == first);
        if (budgetLineId is { } lineId) totals = totals.Where(t => t.BudgetLineId == lineId);
        return totals.Select(t => new LineKindSum(t.BudgetLineId, t.Kind, t.YearToDatePence, t.YearToDateEntries));
    }

    private static LedgerTotal ToTotal(LineKindSum sum) => new(sum.BudgetLineId, sum.Kind, Pence.ToPounds(sum.Pence), sum.Entries);

    private decimal HeadroomOf(BudgetLine line, FinancialYear year, IEnumerable<LineKindSum> sums)
    {
        var figures = FundPosition.Calculate(Fund, [line], sums.Select(ToTotal), year, 12).Lines.Single().Figures;
        return figures.Budget - figures.Committed - figures.Actual;
    }
}

/// <summary>A line's entries of one kind over a period: the sum of their pence and their number.</summary>
public sealed record LineKindSum(Guid BudgetLineId, EntryKind Kind, long Pence, int Entries);
