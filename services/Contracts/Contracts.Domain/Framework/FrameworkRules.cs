using Commissioning.Domain;

namespace Contracts.Domain.Framework;

/// <summary>
/// The rules the provider framework, a dynamic purchasing list (W:414), is published, joined and left by.
/// </summary>
public static class FrameworkRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule ClosesAfterItOpens = new("framework-closes-after-it-opens", Invalid,
        "A framework closes no earlier than it opens.");
    public static readonly Rule HasALot = new("framework-has-a-lot", Invalid,
        "A framework is published with at least one lot.", "W:414");
    public static readonly Rule LotOnce = new("framework-lot-once", ViolationKind.AlreadyExists,
        "A framework has each lot once.");
    public static readonly Rule AdmissionNamesALot = new("admission-names-a-lot", Invalid,
        "An admission names at least one lot, each a lot of the framework.");
    public static readonly Rule OpenOnTheDay = new("framework-open-on-the-day", ViolationKind.Precondition,
        "A provider is admitted on a day the framework is open.", "W:414");
    public static readonly Rule AdmittedOnce = new("admitted-to-a-lot-once", ViolationKind.AlreadyExists,
        "A provider is on a lot once.");
    public static readonly Rule CriteriaMet = new("admission-criteria-met", ViolationKind.Precondition,
        "A provider joins a lot only while it meets the published criteria: active, not rated Inadequate, under no "
        + "serious concern, with a CQC location for a regulated lot and the living wage where the list requires it.",
        "W:414, P:L263");
    public static readonly Rule ExcludedAfterAdmission = new("excluded-after-admission", Invalid,
        "A member is excluded no earlier than it was admitted.");
}
