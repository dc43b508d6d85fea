namespace CarePackages.Domain.Brokerage;

/// <summary>
/// The quality score (0-100) a provider brings to the 60/40 ranking. The documents publish the
/// weighting but not the score, so the council's published scale is taken from the provider's CQC
/// overall rating, the one quality measure every framework provider has: Outstanding 100, Good 80,
/// not yet rated 60 (new services are neither rewarded nor punished against Requires improvement),
/// Requires improvement 50. Inadequate scores 0, though such a provider never reaches a ranking:
/// the framework gate bars it.
/// </summary>
public static class QualityScores
{
    public static decimal For(CqcRating rating) => rating switch
    {
        CqcRating.Outstanding => 100m,
        CqcRating.Good => 80m,
        CqcRating.NotYetRated => 60m,
        CqcRating.RequiresImprovement => 50m,
        _ => 0m,
    };
}
