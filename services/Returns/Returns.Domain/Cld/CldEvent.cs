namespace Returns.Domain.Cld;

/// <summary>
/// The event of a CLD row: its common fields and those of its type (anchors B.2 L486-492;
/// anchors-refresh §2 L27-33). List fields hold their Release 2 spelling (<see cref="CldLists.Map"/>).
/// </summary>
public sealed record CldEvent
{
    public string? EventType { get; init; }
    public string? EventReference { get; init; }
    public DateOnly? EventStartDate { get; init; }
    public DateOnly? EventEndDate { get; init; }
    public string? EventDescription { get; init; }
    public string? EventOutcome { get; init; }
    public string? RequestRouteOfAccess { get; init; }
    public string? AssessmentType { get; init; }
    public string? EligibleNeedsIdentified { get; init; }
    public string? MethodOfAssessment { get; init; }
    public string? ReviewReason { get; init; }
    public string? ReviewOutcomesAchieved { get; init; }
    public string? MethodOfReview { get; init; }
    /// <summary>Only for a service event.</summary>
    public CldService? Service { get; init; }

    public bool Is(string eventType) => string.Equals(EventType, eventType, StringComparison.Ordinal);
}

/// <summary>A service event's service and cost fields (anchors B.2 L490, L492; anchors-refresh §2 L31-33).</summary>
public sealed record CldService
{
    public string? ServiceType { get; init; }
    public string? ServiceComponent { get; init; }
    public string? DeliveryMechanism { get; init; }
    public string? ProviderCqcLocationId { get; init; }
    public string? ClientFundingStatus { get; init; }
    public decimal? UnitCost { get; init; }
    public string? CostFrequencyUnitType { get; init; }
    public decimal? PlannedUnitsPerWeek { get; init; }
}
