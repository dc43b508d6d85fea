using Commissioning.Domain;

namespace CarePackages.Domain.Safeguarding;

/// <summary>The rules a safeguarding concern keeps (A R-SG-01..04; P:L833-835).</summary>
public static class SafeguardingRules
{
    public static readonly Rule ConcernDescribed = new("concern-described", ViolationKind.Invalid,
        "A concern, and the outcome proposed for it, is described.", "A R-SG-01..04");
    public static readonly Rule ConcernOpen = new("concern-open", ViolationKind.Precondition,
        "A closed concern changes no more.", "A R-SG-01..04");
    public static readonly Rule InvestigatorProposes = new("investigating-provider-proposes", ViolationKind.Forbidden,
        "Only the provider an adult investigation is delegated to proposes its outcome.", "P:L833-835");
    public static readonly Rule CouncilCloses = new("council-closes-concerns", ViolationKind.Forbidden,
        "Only the council's safeguarding manager closes a concern.", "P:L833-835");
    public static readonly Rule ClosedAfterScrutiny = new("closed-after-scrutiny", ViolationKind.Precondition,
        "A delegated investigation's concern closes once its outcome is proposed.", "P:L833-835");
    public static readonly Rule ClosedAfterRaised = new("concern-closed-after-raised", ViolationKind.Invalid,
        "A concern does not close before it was raised.", "A R-SG-01..04");
}
