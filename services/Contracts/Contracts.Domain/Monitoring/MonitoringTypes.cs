namespace Contracts.Domain.Monitoring;

/// <summary>
/// The statutory outcomes a commissioned service is held accountable for (W:736-743): assessing
/// local needs, preventing and delaying need, wellbeing, carers, professional leadership, demand.
/// </summary>
public enum StatutoryOutcome
{
    AssessingNeeds,
    PreventingAndDelayingNeed,
    PromotingWellbeing,
    SupportingCarers,
    ProfessionalLeadership,
    ManagingDemand,
}

/// <summary>W:816 and A L985: "Regular Contract Review Meetings, and Annual Contract Review".</summary>
public enum ReviewType
{
    Regular,
    Annual,
}

public enum OutcomeRating
{
    Met,
    PartlyMet,
    NotMet,
}

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

public enum IssueSeverity
{
    Low,
    Medium,
    High,
}
