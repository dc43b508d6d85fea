using Commissioning.Domain;

namespace Contracts.Domain.DueDiligence;

/// <summary>The rules due diligence on a provider is assessed, signed off and relied on for an award by.</summary>
public static class DueDiligenceRules
{
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule ProviderNamed = new("due-diligence-provider-named", ViolationKind.Invalid,
        "Due diligence names the provider it is on.", "P:L805");
    public static readonly Rule SignedOffIsClosed = new("due-diligence-signed-off-is-closed", State,
        "Signed-off due diligence is not reassessed; a new one is started.", "P:L817");
    public static readonly Rule AreaByItsFunction = new("area-assessed-by-its-function", ViolationKind.Forbidden,
        "Each of the nine areas is assessed by its own function.", "P:L805-817");
    public static readonly Rule AssessedAfterItStarts = new("area-assessed-after-it-starts", ViolationKind.Invalid,
        "An area is assessed no earlier than due diligence starts.");
    public static readonly Rule TheNamedSignatory = new("due-diligence-named-signatory", ViolationKind.Forbidden,
        "Due diligence is signed off by the post its commissioner names (P: the Strategic Director for People).",
        "P:L817");
    public static readonly Rule SignedOffOnce = new("due-diligence-signed-off-once", ViolationKind.AlreadyExists,
        "Due diligence is signed off once.", "P:L817");
    public static readonly Rule AllAreasSatisfactory = new("all-areas-satisfactory", State,
        "Sign-off needs all nine areas assessed as satisfactory.", "P:L805-817");
    public static readonly Rule SignedAfterTheAssessments = new("signed-after-the-assessments", ViolationKind.Invalid,
        "A sign-off comes no earlier than the assessments it signs.");
    public static readonly Rule ClearsTheAward = new("due-diligence-clears-the-award", State,
        "An award needs the provider's due diligence signed off by the award date, for one of the contract's "
        + "commissioners, by the post that commissioner names.", "P:L817");
    public static readonly Rule SignatoryConfigured = new("due-diligence-signatory-configured", State,
        "A commissioner names its due-diligence signatory in its configuration before it signs off or awards.",
        "P:L817");
}
