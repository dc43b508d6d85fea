using Commissioning.Domain;

namespace CarePackages.Domain.Brokerage;

/// <summary>
/// The published brokerage rules: how long offers stay open and the quality/cost weighting.
/// Defaults follow the Adam DPS practice in anchors B.7: a 24-hour window, 60% quality / 40% cost.
/// </summary>
public sealed record BrokerageSettings
{
    public static readonly BrokerageSettings Default = new(TimeSpan.FromHours(24), 60m, 40m);

    public BrokerageSettings(TimeSpan offerWindow, decimal qualityWeight, decimal costWeight)
    {
        BrokerageRules.SettingsWeighed.Require(offerWindow > TimeSpan.Zero, "offerWindow",
            "The offer window must be positive.");
        BrokerageRules.SettingsWeighed.Require(
            qualityWeight >= 0 && costWeight >= 0 && qualityWeight + costWeight == 100m, "weights",
            "Quality and cost weights are percentages that add up to 100.");
        OfferWindow = offerWindow;
        QualityWeight = qualityWeight;
        CostWeight = costWeight;
    }

    public TimeSpan OfferWindow { get; }
    public decimal QualityWeight { get; }
    public decimal CostWeight { get; }
}
