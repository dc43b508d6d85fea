using Commissioning.Domain;

namespace PooledFinance.Domain.Ledger;

/// <summary>
/// The posting rules of a fund's append-only ledger (issue 6): one fund, a line's own year, a reference posted
/// once, a reversal once and in its entry's year, an actuals file all or nothing; and the commitments contracts
/// and staffing forecasts post on it.
/// </summary>
public static class LedgerRules
{
    public static readonly Rule OfItsFund = new("ledger-of-its-fund", ViolationKind.Invalid,
        "A fund's ledger holds only that fund's entries, posted to the fund's own lines.");
    public static readonly Rule InTheLinesYear = new("posted-in-the-lines-year", ViolationKind.Invalid,
        "An entry is dated in the financial year of the line it is posted to: a line belongs to one year.");
    public static readonly Rule ReferencePostedOnce = new("reference-posted-once", ViolationKind.AlreadyExists,
        "A reference is posted once per kind of entry in a fund, so the same money is never posted twice; an entry "
        + "posted with other figures is reversed first.");
    public static readonly Rule LineCodeOnceAYear = new("line-code-once-a-year", ViolationKind.AlreadyExists,
        "A line code is used once per fund and year: a line's budget is posted under it.");
    public static readonly Rule ReversalNotReversed = new("reversal-not-reversed", ViolationKind.Precondition,
        "A reversal is not itself reversed; the correct entry is posted instead.");
    public static readonly Rule ReversedOnce = new("entry-reversed-once", ViolationKind.Precondition,
        "An entry is reversed once.");
    public static readonly Rule ReversalKeptOnce = new("reversal-kept-once", ViolationKind.AlreadyExists,
        "Of reversals of one entry made at the same time the store keeps one; the others are refused.");
    public static readonly Rule ReversalInItsYear = new("reversal-in-the-entrys-year", ViolationKind.Invalid,
        "A reversal is dated on or after the entry it reverses, and in that entry's financial year.");
    public static readonly Rule ImportNamed = new("actuals-import-named", ViolationKind.Invalid,
        "An actuals import names its batch, a GUID the sender chooses, and its financial year.");
    public static readonly Rule FilePostedWhole = new("actuals-file-posted-whole", ViolationKind.Invalid,
        "An actuals file is posted whole or not at all: a file with any broken row posts nothing.");
    public static readonly Rule ActualsOfAPartner = new("actuals-imported-by-a-partner", ViolationKind.Forbidden,
        "Only a partner body of the fund imports actuals, to its own lines.");
    public static readonly Rule ContractLineNamed = new("contract-commitment-line-named", ViolationKind.Invalid,
        "A contract's commitment names the budget line code it commits to.");
    public static readonly Rule ContractOnceAYear = new("contract-commitment-once-a-year", ViolationKind.Invalid,
        "A contract states one commitment a financial year.");
    public static readonly Rule StaffingOnOneFund = new("staffing-forecast-on-one-fund", ViolationKind.Invalid,
        "A staffing forecast commits to the one fund its first statement names; a finance officer moves it between "
        + "funds by hand.");
}
