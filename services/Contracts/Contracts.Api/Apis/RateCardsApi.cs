using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.RateCards;

namespace Contracts.Api.Apis;

public sealed record NewRateCard(ServiceType ServiceType, string Locality, RateUnit Unit);
public sealed record RateRequest(DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal Amount);
public sealed record RateChangeRequest(DateOnly EffectiveFrom, decimal Amount);

/// <summary>The rate in force on a date, for brokerage and cost verification.</summary>
public sealed record RateInForce(Guid RateCardId, MarketSegment Segment, RateUnit Unit, DateOnly On, decimal Amount, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>
/// Rate cards: one per service type, unit and locality (the unique lookup key), commissioner-neutral
/// (P:L764), effective-dated with no overlapping periods. Commissioners publish and change them;
/// brokers and verifiers price against them; a provider user sees the rates of lots it is admitted to.
/// </summary>
public static class RateCardsApi
{
    private static readonly string[] Readers = [Roles.Commissioner, Roles.Broker, Roles.Verifier, Roles.SeniorVerifier, Roles.ProviderUser];

    public static void MapRateCardsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/rate-cards").WithTags("Rate cards");
        api.MapPost("/", Open).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Readers));
        api.MapGet("/rate-in-force", InForce).RequireAuthorization(p => p.RequireRole(Readers));
        api.MapGet("/{id:guid}", View).RequireAuthorization(p => p.RequireRole(Readers));
        api.MapPost("/{id:guid}/rates", (Guid id, RateRequest r, ContractsStore store) =>
            store.Change<RateCard>(id, c => c.AddRate(r.EffectiveFrom, r.EffectiveTo, r.Amount))).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapPost("/{id:guid}/changes", (Guid id, RateChangeRequest r, ContractsStore store) =>
            store.Change<RateCard>(id, c => c.ChangeRate(r.EffectiveFrom, r.Amount))).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
    }

    private static async Task<IResult> Open(NewRateCard r, ContractsStore store)
    {
        var card = RateCard.Open(MarketSegment.Of(r.ServiceType, r.Locality), r.Unit);
        await store.AddUnique(card, LookupKeys.RateCard(card.Segment, card.Unit), "unit", $"A rate card for {card.Segment} {card.Unit}");
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/rate-cards/{card.Id}", card);
    }

    private static async Task<IReadOnlyList<RateCard>> List(ContractsStore store, HttpContext http)
    {
        var caller = http.ContractsCaller();
        var cards = await store.Aggregates<RateCard>().List();
        if (!caller.IsProvider || caller.IsCommissioner) return cards;
        var frameworks = await store.Aggregates<ProviderFramework>().List();
        return cards.Where(card => frameworks.Any(f => ContractsAccessPolicy.CanView(caller, card, f))).ToList();
    }

    private static async Task<RateCard> View(Guid id, ContractsStore store, HttpContext http)
    {
        var card = await store.Aggregates<RateCard>().Get(id);
        await DemandView(store, http, card);
        return card;
    }

    /// <summary>GET /api/v1/rate-cards/rate-in-force?serviceType=residential-care&amp;locality=Wirral%20West&amp;unit=per-week&amp;on=2018-04-01</summary>
    private static async Task<RateInForce> InForce(string? serviceType, string? locality, string? unit, DateOnly on, ContractsStore store, HttpContext http)
    {
        var found = await RateLookup.InForce(store, QueryValues.Segment(serviceType, locality), QueryValues.Parse<RateUnit>(unit, "unit"), on);
        await DemandView(store, http, found.Card);
        return new RateInForce(found.Card.Id, found.Card.Segment, found.Card.Unit, on, found.Period.Amount, found.Period.EffectiveFrom, found.Period.EffectiveTo);
    }

    private static async Task DemandView(ContractsStore store, HttpContext http, RateCard card)
    {
        var caller = http.ContractsCaller();
        if (!caller.IsProvider || caller.IsCommissioner) return;
        var frameworks = await store.Aggregates<ProviderFramework>().List();
        ContractsAccessPolicy.Demand(frameworks.Any(f => ContractsAccessPolicy.CanView(caller, card, f)), "id", "see the rates of a lot it is not admitted to");
    }
}
