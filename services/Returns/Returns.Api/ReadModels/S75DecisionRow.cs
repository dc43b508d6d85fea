namespace Returns.Api.ReadModels;

/// <summary>
/// A governance decision on a Section 75 agreement as pooled finance's <c>governance-decision-recorded</c> told it,
/// kept for the BCF returns' budget arrangements (is the s75 pooling in place): the agreement, the partner body it
/// is for (empty for a joint body deciding for every partner), the stage ("formal-agreement" is the formal s75), the
/// outcome as published, the day decided and, for a conditional approval, the day its conditions were all met.
/// </summary>
public sealed class S75DecisionRow
{
    public required string DecisionId { get; init; }
    public required string AgreementId { get; set; }
    public required string PartnerBodyId { get; set; }
    public required string Stage { get; set; }
    public required string Outcome { get; set; }
    public DateOnly DecidedOn { get; set; }
    /// <summary>For an approval with conditions: the day from which they are all met, as
    /// governance-decision-conditions-met tells it.</summary>
    public DateOnly? AuthorisesFrom { get; set; }
    /// <summary>The archived event that last changed the row.</summary>
    public long LastEventSequence { get; set; }
}
