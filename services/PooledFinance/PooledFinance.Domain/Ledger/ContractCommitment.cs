using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Ledger;

/// <summary>What a contract commits in one financial year, as the contracts service states it.</summary>
public sealed record YearCommitment(FinancialYear Year, decimal Amount);

/// <summary>An amount to post to a year's line so that it holds what the contract now commits.</summary>
public sealed record CommitmentAdjustment(FinancialYear Year, decimal Amount, DateOnly PostingDate, string Reference);

/// <summary>
/// A contract's commitments against a fund's budget line code, one line a financial year, as the
/// contracts service last stated them (capability 4: commitments from contract events). Each contract
/// event carries the whole list with a revision; an older revision arriving late changes nothing. The
/// ledger is append-only, so a change is posted as the difference between the year's new figure and
/// what the ledger already holds for the contract. A year's first posting is dated its first day: the
/// money is committed for the year from the award, as a finance officer encumbers a signed contract.
/// A later change is dated the day it took effect (the year's first day when it took effect earlier),
/// so the months before a variation or notice keep the figure they had. A year the fund has no line for
/// yet is held here and posted when its line is added, so a four-year contract commits every year.
/// </summary>
public sealed class ContractCommitment : AggregateRoot
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
        RuleViolation.Require(!string.IsNullOrWhiteSpace(lineCode), "budgetLineCode", "Name the budget line the contract commits to.");
        return new ContractCommitment { Id = contractId, FundId = fundId, LineCode = lineCode.Trim() };
    }

    /// <summary>Takes a newer list of commitments; false (nothing changed) for a revision already taken or older.</summary>
    public bool Replace(int revision, DateOnly effectiveFrom, IReadOnlyCollection<YearCommitment> years)
    {
        if (revision <= Revision) return false;
        RuleViolation.Require(years.Select(y => y.Year).Distinct().Count() == years.Count, "commitments", "One commitment a financial year.");
        foreach (var year in years) Amounts.NonNegative(year.Amount, "commitments");
        var dropped = _years.Where(old => years.All(y => y.Year != old.Year)).Select(old => old with { Amount = 0m }).ToList();
        _years.Clear();
        _years.AddRange(years.Concat(dropped).OrderBy(y => y.Year.StartYear));
        (Revision, EffectiveFrom) = (revision, effectiveFrom);
        return true;
    }

    /// <summary>Whether the contract has ever committed anything in the year.</summary>
    public bool Commits(FinancialYear year) => _years.Any(y => y.Year == year);

    /// <summary>What brings the year's line from <paramref name="alreadyPosted"/> to the current figure; null when it is there.</summary>
    public CommitmentAdjustment? AdjustmentFor(FinancialYear year, decimal alreadyPosted)
    {
        var difference = (_years.FirstOrDefault(y => y.Year == year)?.Amount ?? 0m) - alreadyPosted;
        if (difference == 0m) return null;
        var on = alreadyPosted == 0m || EffectiveFrom < year.Start ? year.Start : EffectiveFrom > year.End ? year.End : EffectiveFrom;
        return new CommitmentAdjustment(year, difference, on, $"{ReferencePrefix(Id)}r{Revision}:{year}");
    }

    /// <summary>Every ledger entry a contract's commitments post starts with this, so what is posted can be summed.</summary>
    public static string ReferencePrefix(Guid contractId) => $"contract:{contractId}:";
}
