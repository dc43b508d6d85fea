using Commissioning.Domain;

namespace PooledFinance.Domain.Ledger;

public enum EntryKind
{
    Budget,
    /// <summary>Money committed by a contract or care package and not yet spent.</summary>
    Commitment,
    Actual,
    /// <summary>The forecast outturn for the year; a new forecast reverses the old one.</summary>
    Forecast,
}

/// <summary>
/// One posting to a fund's ledger. Never edited: a correction is a reversal entry that points at
/// the entry it cancels. <see cref="VatRecoveredBy"/> records the VAT regime applied (W:682-683).
/// </summary>
public sealed record LedgerEntry(
    Guid Id,
    Guid FundId,
    Guid BudgetLineId,
    Guid PartnerBodyId,
    EntryKind Kind,
    decimal Amount,
    DateOnly PostingDate,
    string Reference,
    Guid VatRecoveredBy,
    Guid? BatchId = null,
    Guid? ReversesEntryId = null)
{
    public FinancialYear Year => FinancialYear.Containing(PostingDate);
    public int Month => Year.MonthNumber(PostingDate);
}
