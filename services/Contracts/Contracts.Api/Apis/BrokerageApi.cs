using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Markets;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

/// <summary>
/// Who brokerage may send a placement request to. Rates are commissioner- and provider-neutral
/// (P:L764): every eligible provider is offered the segment's rate in force, so the rates are given
/// once, one per unit the segment is priced in.
/// </summary>
public sealed record EligibleProviders(ServiceType ServiceType, string Locality, DateOnly On,
    IReadOnlyList<RateInForce> RatesInForce, IReadOnlyList<EligibleProvider> Providers);

/// <summary>The query the brokerage flow needs: eligible framework providers for a segment on a day.</summary>
public static class BrokerageApi
{
    public static void MapBrokerageApi(this WebApplication app) =>
        app.MapGet("/api/v1/eligible-providers", Eligible)
            .RequireAuthorization(ContractsPolicies.FindsEligibleProviders)
            .Documented(ContractsTags.Brokerage, "listEligibleProviders",
                "List the providers brokerage may send a request to",
                "Current members of a lot for the segment on the caller's organisation's frameworks, admitted by the "
                + "day, active, not rated Inadequate, under no serious concern and with capacity there, with the "
                + "organisation's rates in force for the segment (P:L764).", Status400BadRequest);

    /// <summary>
    /// GET /api/v1/eligible-providers?serviceType=residential-care&amp;locality=Wirral%20West&amp;on=2018-04-01
    /// </summary>
    private static async Task<EligibleProviders> Eligible(
        string? serviceType, string? locality, DateOnly on, ContractsStore store)
    {
        var segment = QueryValues.Segment(serviceType, locality);
        var rates = (await RateLookup.AllInForce(store, segment, on)).Select(found => RateInForce.Of(found, on));
        var providers = await ProviderEligibility.Eligible(store, segment, on);
        return new EligibleProviders(segment.ServiceType, segment.Locality, on, rates.ToList(), providers);
    }
}
