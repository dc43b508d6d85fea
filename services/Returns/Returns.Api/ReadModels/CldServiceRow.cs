namespace Returns.Api.ReadModels;

/// <summary>
/// One line of a care package as CLD reports it, a service event (anchors B.2 L490-492), as the archived events
/// last left it: care packages' own codes (mapped to the CLD lists at extract, <see cref="CldCodes"/>), the
/// person by pseudonymous reference only, money in pence and planned units in hundredths.
/// </summary>
public sealed class CldServiceRow
{
    public required string PackageId { get; init; }
    public required string LineId { get; init; }
    public required string Council { get; set; }
    public required string PersonReference { get; set; }
    public string? PrimarySupportReason { get; set; }
    public required string ServiceType { get; set; }
    public required string DeliveryMechanism { get; set; }
    public string? ProviderCode { get; set; }
    public string? FundingStatus { get; set; }
    public long UnitCostPence { get; set; }
    public required string CostFrequency { get; set; }
    public long PlannedUnitsHundredths { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>The archived event that last changed the row.</summary>
    public long LastEventSequence { get; set; }
}
