using CarePackages.Api.Events;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using Commissioning.Domain;
using Commissioning.Domain.Costing;
using Commissioning.Protos;
using Commissioning.Protos.Contracts.V1;
using Grpc.Core;
using ProtoRating = Commissioning.Protos.Contracts.V1.CqcRating;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// What brokerage and verification ask the contracts service, which owns the framework, providers'
/// standing and the rate cards: nobody in care packages can state them, so a broker cannot invite a
/// suspended provider or a verifier compare against a rate of their own.
/// </summary>
public static class ProviderMarket
{
    /// <summary>
    /// The providers contracts finds eligible on the placement's start date (framework member, active,
    /// not Inadequate, no serious concern, with a vacancy), in borough and on other localities' lots: the
    /// request decides whom to invite, and tells a broker who needs out of borough to record an exception.
    /// Each is remembered as named by the council of the plan being brokered (<paramref name="tenancy"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ProviderFacts>> EligibleProviders(this ContractsClient contracts,
        CarePackagesStore store, string? tenancy, ServiceType serviceType, string locality, DateOnly on)
    {
        var request = new ListEligibleProvidersRequest
        {
            ServiceType = CarePackagesEvents.Code(serviceType), Locality = locality.Trim(), On = on.ToProtoDate(),
            IncludeOutOfBorough = true,
        };
        var facts = new List<ProviderFacts>();
        using var call = contracts.ListEligibleProviders(request);
        await foreach (var listed in call.ResponseStream.ReadAllAsync())
        {
            var rating = ToDomain(listed.CqcRating);
            var provider = await store.Remember(listed.Provider.Code, listed.Provider.Name, tenancy);
            facts.Add(new ProviderFacts(provider, OnFramework: true, rating,
                SeriousConcern: false, new HashSet<ServiceType> { serviceType }, listed.InBorough ? new HashSet<string> { locality.Trim() } : [],
                listed.VacantPlaces, listed.InBorough, QualityScores.For(rating)));
        }
        return facts;
    }

    /// <summary>
    /// The rate card's unit rate in force on a date for the line's service type and frequency in a
    /// locality. A frequency no rate card is priced in (per session, fortnightly, quarterly) cannot be
    /// compared, so the verifier is told to treat the line as a spot purchase.
    /// </summary>
    public static async Task<decimal> ContractedUnitRate(this ContractsClient contracts, ServiceType serviceType, CostFrequency frequency,
        string locality, DateOnly on)
    {
        var unit = UnitOf(frequency) ?? throw CarePackagesApiRules.RateCardPriced.Broken("locality",
            $"Rate cards are not priced {CarePackagesEvents.Code(frequency)}; check this line as a spot purchase (no locality).");
        var rate = await contracts.GetRateInForceAsync(new GetRateInForceRequest
        {
            ServiceType = CarePackagesEvents.Code(serviceType), Unit = unit, Locality = locality.Trim(), On = on.ToProtoDate(),
        });
        return rate.Rate.ToPounds();
    }

    private static RateUnit? UnitOf(CostFrequency frequency) => frequency switch
    {
        CostFrequency.Hourly => RateUnit.Hour,
        CostFrequency.Daily => RateUnit.Day,
        CostFrequency.Weekly => RateUnit.Week,
        CostFrequency.FourWeekly => RateUnit.FourWeeks,
        CostFrequency.Monthly => RateUnit.Month,
        CostFrequency.Annual => RateUnit.Year,
        CostFrequency.OneOff => RateUnit.OneOff,
        _ => null,
    };

    private static Domain.Brokerage.CqcRating ToDomain(ProtoRating rating) => rating switch
    {
        ProtoRating.Outstanding => Domain.Brokerage.CqcRating.Outstanding,
        ProtoRating.Good => Domain.Brokerage.CqcRating.Good,
        ProtoRating.RequiresImprovement => Domain.Brokerage.CqcRating.RequiresImprovement,
        ProtoRating.Inadequate => Domain.Brokerage.CqcRating.Inadequate,
        _ => Domain.Brokerage.CqcRating.NotYetRated,
    };
}
