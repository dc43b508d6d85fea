namespace CarePackages.Domain.Brokerage;

/// <summary>
/// Ranks offers under the published weighting and shows the arithmetic. Quality score is the
/// council's score for the provider (0–100). Cost score is the usual most-economically-advantageous
/// formula: lowest price ÷ this price × 100, so the cheapest offer scores 100. Each score is rounded
/// to two places, weighted, and the weighted parts (also to two places) add up to the total shown,
/// so a reader can redo the sum. Ties go to the lower price, then the earlier offer.
/// </summary>
public static class OfferRanking
{
    public static IReadOnlyList<RankedOffer> Rank(IEnumerable<Offer> offers, decimal qualityWeight, decimal costWeight)
    {
        var list = offers.ToList();
        if (list.Count == 0) return [];
        var lowest = list.Min(o => o.WeeklyPrice);
        return list
            .Select(o => Score(o, lowest, qualityWeight, costWeight))
            .OrderByDescending(r => r.Total).ThenBy(r => r.WeeklyPrice).ThenBy(r => r.SubmittedAt)
            .Select((r, i) => r with { Position = i + 1 })
            .ToArray();
    }

    private static RankedOffer Score(Offer offer, decimal lowest, decimal qualityWeight, decimal costWeight)
    {
        var quality = Round(offer.QualityScore);
        var cost = Round(lowest * 100m / offer.WeeklyPrice);
        var weightedQuality = Round(quality * qualityWeight / 100m);
        var weightedCost = Round(cost * costWeight / 100m);
        return new RankedOffer(0, offer.Id, offer.ProviderId, offer.WeeklyPrice, offer.SubmittedAt, quality, cost,
            qualityWeight, costWeight, weightedQuality, weightedCost, weightedQuality + weightedCost);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

/// <summary>One offer's place in the ranking with every figure that produced it.</summary>
public sealed record RankedOffer(
    int Position,
    Guid OfferId,
    Guid ProviderId,
    decimal WeeklyPrice,
    DateTimeOffset SubmittedAt,
    decimal QualityScore,
    decimal CostScore,
    decimal QualityWeight,
    decimal CostWeight,
    decimal WeightedQuality,
    decimal WeightedCost,
    decimal Total)
{
    public string Arithmetic =>
        $"quality {QualityScore:0.00} × {QualityWeight:0}% = {WeightedQuality:0.00}; cost {CostScore:0.00} × {CostWeight:0}% = {WeightedCost:0.00}; total {Total:0.00}";
}
