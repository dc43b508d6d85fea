using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Ledger;

/// <summary>What a contract commits in one financial year, as the contracts service states it.</summary>
public sealed record YearCommitment(FinancialYear Year, decimal Amount);

/// <summary>
/// A contract's commitments against a fund's budget line code, one line a financial year, as the
/// contracts service last stated them (capability 4: commitments from contract events). Each contract
/// event carries the whole list with a revision; an older revision arriving late changes nothing. The
/// ledger is append-only, so a change is posted as the difference (<see cref="CommitmentAdjustment.ToReach"/>),
/// dated the day a variation or notice took effect. A year the fund has no line for yet is held here and
/// posted when its line is added, so a four-year contract commits every year.
/// </summary>
public sealed class ContractCommitment : AggregateRoot, ILineCommitment
{
    private readonly List<YearCommitment> _years = [];

    private ContractCommitment() { }

    public Guid FundId { get; private set; }
    public string LineCode { get; private set; } = "";
    /// <summary>-1 until the first list is taken.</summary>
    public int Revision { get; private set; } = -1;
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>The latest figure for every year the contract has ever committed; a year no longer in the list is 0.</summary>
    public IReadOnlyList<YearCommitment> Years => _years;

    public static ContractCommitment Start(Guid contractId, Guid fundId, string lineCode)
    {
        LedgerRules.ContractLineNamed.Require(!string.IsNullOrWhiteSpace(lineCode), "budgetLineCode",
            "Name the budget line the contract commits to.");
        return new ContractCommitment { Id = contractId, FundId = fundId, LineCode = lineCode.Trim() };
    }

    /// <summary>Takes a newer list of commitments; false (nothing changed) for a revision already taken or older.</summary>
    public bool Replace(int revision, DateOnly effectiveFrom, IReadOnlyCollection<YearCommitment> years)
    {
        if (revision <= Revision) return false;
        LedgerRules.ContractOnceAYear.Require(years.Select(y => y.Year).Distinct().Count() == years.Count,
            "commitments", "One commitment a financial year.");
        foreach (var year in years) Amounts.NonNegative(year.Amount, "commitments");
        var dropped = _years.Where(old => years.All(y => y.Year != old.Year)).Select(old => old with { Amount = 0m }).ToList();
        _years.Clear();
        _years.AddRange(years.Concat(dropped).OrderBy(y => y.Year.StartYear));
        (Revision, EffectiveFrom) = (revision, effectiveFrom);
        return true;
    }

    public string ReferencePrefix => PrefixOf(Id);

    /// <summary>What brings a line of the contract's code in a year it commits to its current figure.</summary>
    public CommitmentAdjustment? AdjustmentFor(BudgetLine line, decimal alreadyPosted)
    {
        if (!string.Equals(line.Code, LineCode, StringComparison.OrdinalIgnoreCase)) return null;
        if (_years.FirstOrDefault(y => y.Year == line.Year) is not { } year) return null;
        return CommitmentAdjustment.ToReach(year.Year, year.Amount, alreadyPosted, EffectiveFrom,
            $"{ReferencePrefix}r{Revision}:{year.Year}");
    }

    /// <summary>Every ledger entry a contract's commitments post starts with this, so what is posted can be summed.</summary>
    public static string PrefixOf(Guid contractId) => $"contract:{contractId}:";
}
