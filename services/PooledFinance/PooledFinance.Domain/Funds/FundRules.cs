using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

/// <summary>
/// The rules a fund keeps: its agreement, what only a fund holding monies does, its grants and contingency, and
/// the figures of the partial-exemption test its VAT model relies on.
/// </summary>
public static class FundRules
{
    public static readonly Rule UnderALiveAgreement = new("fund-under-a-live-agreement", ViolationKind.Invalid,
        "A fund is set up only under an agreement that has not ended.");
    public static readonly Rule OfThisAgreement = new("fund-of-this-agreement", ViolationKind.Invalid,
        "A fund is used only under the agreement that holds it.");
    public static readonly Rule AlignedFundHoldsNoMonies = new("aligned-fund-holds-no-monies",
        ViolationKind.Precondition, "An aligned fund holds no monies: no line is pooled in it, no service is moved "
        + "into it and it holds no contingency; its lines stay with their owners.", "W:615-618");
    public static readonly Rule GrantsRolledIntoABcf = new("grants-rolled-into-a-bcf", ViolationKind.Precondition,
        "Grants such as DFG and iBCF are rolled into a Better Care Fund.", "S:22, W:398");
    public static readonly Rule ContingencyCoversItsDrawdowns = new("contingency-covers-its-drawdowns",
        ViolationKind.Invalid, "A year's contingency is never set below what has been drawn from it.", "P:L379");
    public static readonly Rule ContingencyDrawnInItsYear = new("contingency-drawn-in-its-year",
        ViolationKind.Invalid, "A contingency is drawn on a day of the year it is held for.", "P:L379");
    public static readonly Rule ContingencyDrawnWithinWhatRemains = new("contingency-drawn-within-what-remains",
        ViolationKind.Precondition, "A draw takes no more than what remains of the year's contingency.", "P:L379");
    public static readonly Rule DeMinimisTestFigures = new("de-minimis-test-figures", ViolationKind.Invalid,
        "The de minimis test takes a total input VAT above zero and an exempt input VAT between zero and that total.",
        "W:693");
}
