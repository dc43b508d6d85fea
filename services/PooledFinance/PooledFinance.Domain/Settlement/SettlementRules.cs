using Commissioning.Domain;

namespace PooledFinance.Domain.Settlement;

/// <summary>The rules a year-end risk share keeps: its terms and splits, its inputs, its run, its approval.</summary>
public static class SettlementRules
{
    public static readonly Rule TermsChosen = new("settlement-terms-chosen", ViolationKind.Precondition,
        "A settlement is calculated under the risk and benefit share its agreement has chosen.", "P:L386-387");
    public static readonly Rule HasVarianceLines = new("settlement-has-variance-lines", ViolationKind.Invalid,
        "A settlement shares the year's variance lines: there is at least one.");
    public static readonly Rule SplitWhole = new("split-percentages-whole", ViolationKind.Invalid,
        "A split names at least two partners, each once, with percentages none negative adding up to exactly 100.",
        "P:L386");
    public static readonly Rule ProfileBandsRise = new("share-profile-bands-rise", ViolationKind.Invalid,
        "A share profile has at least one band; band limits are positive and rise, and the last band has none.");
    public static readonly Rule ProportionalNeedsContributions = new("shared-by-actual-contributions",
        ViolationKind.Invalid,
        "Sharing in proportion to contributions needs the year's actual contributions, more than zero in all.",
        "P:L386");
    public static readonly Rule RunOnceAYear = new("settlement-run-once-a-year", ViolationKind.AlreadyExists,
        "A fund's settlement of a year is run once; before that it is previewed.");
    public static readonly Rule DeficitsInVarianceKnown = new("deficits-in-variance-known", ViolationKind.Invalid,
        "A deficit named as in the variance is an outstanding prior-year deficit of the agreement.", "P:L371");
    public static readonly Rule LinesNamedKnown = new("settlement-lines-of-the-fund", ViolationKind.Invalid,
        "A line named non-recurring, treasury income or transformation pot is a line of the fund.",
        "P:L387, P:L940, W:427-434");
    public static readonly Rule OfItsAgreement = new("settlement-of-its-agreement", ViolationKind.Invalid,
        "A settlement is approved under the agreement it was calculated for.");
    public static readonly Rule Undecided = new("settlement-approved-once", ViolationKind.Precondition,
        "A settlement is approved once: an approved settlement takes no further approval.");
    public static readonly Rule ApprovedAfterCalculated = new("settlement-approved-after-calculated",
        ViolationKind.Invalid, "A settlement is approved on or after the day it is calculated.");
    public static readonly Rule EachPartnerApprovesOnce = new("settlement-approved-once-by-each-partner",
        ViolationKind.AlreadyExists, "Each partner body approves a settlement once, through its own governance.",
        "S:104");
}
