using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.RateCards;

namespace Contracts.Api.Infrastructure;

/// <summary>Finds rate cards by their unique key, for the REST and gRPC questions "what is the rate on this day?".</summary>
public static class RateLookup
{
    public static async Task<RateCard?> Card(ContractsStore store, MarketSegment segment, RateUnit unit) =>
        (await store.Aggregates<RateCard>().List(LookupKeys.RateCard(segment, unit))).SingleOrDefault();

    public static async Task<(RateCard Card, RatePeriod Period)> InForce(ContractsStore store, MarketSegment segment, RateUnit unit, DateOnly on)
    {
        var card = await Card(store, segment, unit) ?? throw RuleViolation.NotFound("unit", $"There is no rate card for {segment} {unit}.");
        var period = card.RateOn(on) ?? throw RuleViolation.NotFound("on", $"No rate for {segment} {unit} is in force on {on:yyyy-MM-dd}.");
        return (card, period);
    }

    /// <summary>Every unit's rate in force for the segment on the date (a segment may be priced hourly and weekly).</summary>
    public static async Task<IReadOnlyList<(RateCard Card, RatePeriod Period)>> AllInForce(ContractsStore store, MarketSegment segment, DateOnly on)
    {
        var found = new List<(RateCard, RatePeriod)>();
        foreach (var unit in Enum.GetValues<RateUnit>())
            if (await Card(store, segment, unit) is { } card && card.RateOn(on) is { } period) found.Add((card, period));
        return found;
    }
}
