using Commissioning.Domain;

namespace CarePackages.Domain.Packages;

/// <summary>The rules a live care package, its cost lines, reviews, suspensions and end keep (anchors B.7).</summary>
public static class PackageRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule FromAnAgreedPlan = new("package-from-an-agreed-plan", State,
        "Only a plan whose funding is agreed becomes a live package.", "P CPV-04; anchors B.7");
    public static readonly Rule PackageArranged = new("package-arranged", Invalid,
        "A package is for a cohort and arranges every cost line of its plan once: a direct payment to the person, "
        + "commissioned support through a named provider.", "A R-CPB-06, §3.6 L740");
    public static readonly Rule PackageNotEnded = new("package-not-ended", State,
        "An ended package changes no more, and a cost change takes effect while it runs.", "anchors B.7");
    public static readonly Rule ChangeExplained = new("package-change-explained", Invalid,
        "A cost change and a suspension say why.", "anchors B.7");
    public static readonly Rule ReviewRecorded = new("package-review-recorded", Invalid,
        "A review states its reason, its CLD method of review and its outcome, and does not predate the package.",
        "anchors B.7");
    public static readonly Rule SuspendedWhileActive = new("suspended-while-active", State,
        "Only an active package is suspended, and only a suspended one resumes.", "anchors B.7");
    public static readonly Rule SuspensionDated = new("suspension-dated", Invalid,
        "A suspension starts no earlier than the package, and the package resumes no earlier than it was suspended.",
        "anchors B.7");
    public static readonly Rule EndRecorded = new("package-end-recorded", Invalid,
        "A package ends for a stated reason, no earlier than it started.", "anchors B.7");
    public static readonly Rule CostLineStarted = new("cost-line-started", Invalid,
        "A cost line has a cost from the day it started.", "anchors B.7");
    public static readonly Rule CostChangeDated = new("cost-change-dated", Invalid,
        "A cost change takes effect no earlier than the line started and is recorded in date order.", "anchors B.7");
    public static readonly Rule OneOffCorrectedByNewLine = new("one-off-corrected-by-new-line", State,
        "A one-off cost is corrected with a new line, not a new version.", "anchors B.7");
}
