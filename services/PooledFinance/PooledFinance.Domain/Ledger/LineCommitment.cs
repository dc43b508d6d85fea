using Commissioning.Domain;
using PooledFinance.Domain.Funds;

namespace PooledFinance.Domain.Ledger;

/// <summary>An amount to post to a year's line so that it holds what is now committed on it.</summary>
public sealed record CommitmentAdjustment(FinancialYear Year, decimal Amount, DateOnly PostingDate, string Reference)
{
    /// <summary>
    /// Rule CommitmentPostedAsDifference: the ledger is append-only, so a change of what is committed is
    /// posted as the difference between the new figure and what is already posted; null when it is there.
    /// A year's first posting is dated its first day (money is committed for the year, as a finance officer
    /// encumbers a signed contract or an approved establishment); a later change is dated the day it took
    /// effect, kept inside the year, so the months before it keep the figure they had.
    /// </summary>
    public static CommitmentAdjustment? ToReach(FinancialYear year, decimal target, decimal alreadyPosted,
        DateOnly effectiveFrom, string reference)
    {
        var difference = target - alreadyPosted;
        if (difference == 0m) return null;
        var on = alreadyPosted == 0m || effectiveFrom < year.Start ? year.Start
            : effectiveFrom > year.End ? year.End : effectiveFrom;
        return new CommitmentAdjustment(year, difference, on, reference);
    }
}

/// <summary>
/// What another service commits on a fund's lines (a contract, a staffing forecast): each of its ledger entries
/// starts with <see cref="ReferencePrefix"/>, so what it has posted on a line can be summed and only the
/// difference posted (<see cref="CommitmentAdjustment.ToReach"/>).
/// </summary>
public interface ILineCommitment
{
    string ReferencePrefix { get; }

    /// <summary>
    /// What brings <paramref name="line"/> from <paramref name="alreadyPosted"/> to this commitment's figure.
    /// </summary>
    CommitmentAdjustment? AdjustmentFor(BudgetLine line, decimal alreadyPosted);
}
