using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.RateCards;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

public sealed record NewRateCard(ServiceType ServiceType, string Locality, RateUnit Unit);
public sealed record RateRequest(DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal Amount);
public sealed record RateChangeRequest(DateOnly EffectiveFrom, decimal Amount);

/// <summary>
/// Rate cards: one per service type, unit and locality (the unique lookup key), commissioner-neutral
/// (P:L764), effective-dated with no overlapping periods. Commissioners publish and change them;
/// brokers and verifiers price against them; a provider user sees the rates of lots it is admitted to.
/// </summary>
public static class RateCardsApi
{
    private static readonly PartnerTag Tag = ContractsTags.RateCards;
    private const string ProviderRule =
        " A provider user sees only the rates of lots it is admitted to (403 for another lot; 404 when it is on "
        + "none of the publishing commissioner's lists).";

    public static void MapRateCardsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/rate-cards");
        var readers = api.MapGroup("").RequireAuthorization(ContractsPolicies.ReadsRates);
        var commissioners = api.MapGroup("").RequireAuthorization(ContractsPolicies.SetsRates);
        commissioners.MapPost("/", Open)
            .Documented(Tag, "openRateCard", "Open a rate card",
                "A commissioner opens the one card for a service type, locality and unit (409 when it exists).",
                Status400BadRequest, Status409Conflict);
        readers.MapGet("/", List)
            .Documented(Tag, "listRateCards", "List the rate cards",
                "Every card the caller's organisation publishes, with its periods. " + ContractsApi.Paged
                + ProviderRule, Status400BadRequest);
        readers.MapGet("/rate-in-force", InForce)
            .Documented(Tag, "getRateInForce", "Read the rate in force on a day",
                "The rate brokerage offers and cost verification checks against: the caller's organisation's card "
                + "for the segment and unit, and its period covering the day (404 when there is none)." + ProviderRule,
                Status400BadRequest, Status404NotFound)
            .WithExample(null, ContractsExamples.RateInForce);
        readers.MapGet("/{id:guid}", View)
            .Documented(Tag, "getRateCard", "Read a rate card",
                "The card and its effective-dated periods." + ProviderRule, Status404NotFound);
        commissioners.MapPost("/{id:guid}/rates", (Guid id, RateRequest r, ContractsStore store) =>
                Change(store, id, c => c.AddRate(r.EffectiveFrom, r.EffectiveTo, r.Amount)))
            .Documented(Tag, "addRate", "Add a rate period",
                "A rate in pounds and pence, more than nothing, for a period that overlaps none the card has.",
                Status400BadRequest, Status404NotFound);
        commissioners.MapPost("/{id:guid}/changes", (Guid id, RateChangeRequest r, ContractsStore store) =>
                Change(store, id, c => c.ChangeRate(r.EffectiveFrom, r.Amount)))
            .Documented(Tag, "changeRate", "Change the rate from a date",
                "An open rate ends the day before the new one starts, which must be after the open rate began.",
                Status400BadRequest, Status404NotFound);
    }

    private static async Task<Created<RateCardView>> Open(NewRateCard r, ContractsStore store)
    {
        var card = RateCard.Open(MarketSegment.Of(r.ServiceType, r.Locality), r.Unit);
        await store.AddUnique(card, LookupKeys.RateCard(card.Segment, card.Unit), "unit",
            $"A rate card for {card.Segment} {card.Unit}");
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/rate-cards/{card.Id}", RateCardView.Of(card));
    }

    private static async Task<RateCardView> Change(ContractsStore store, Guid id, Action<RateCard> operation) =>
        RateCardView.Of(await store.Change(id, operation));

    private static async Task<IReadOnlyList<RateCardView>> List(int? offset, int? limit, ContractsStore store,
        HttpContext http)
    {
        var caller = http.ContractsCaller();
        var (skip, take) = ListPage.Of(offset, limit);
        if (!caller.IsProvider || caller.IsCommissioner)
            return (await store.Aggregates<RateCard>().Page(skip, take)).Select(RateCardView.Of).ToList();
        // A provider sees the cards of the lots it is admitted to: a rule of the frameworks, not of a column.
        var frameworks = await store.Aggregates<ProviderFramework>().List();
        return (await store.Aggregates<RateCard>().PageWhere(
                card => frameworks.Any(f => ContractsAccessPolicy.CanView(caller, card, f)), skip, take))
            .Select(RateCardView.Of).ToList();
    }

    private static async Task<RateCardView> View(Guid id, ContractsStore store, HttpContext http)
    {
        var card = await store.Aggregates<RateCard>().Get(id);
        await DemandView(store, http, card);
        return RateCardView.Of(card);
    }

    /// <summary>
    /// GET /api/v1/rate-cards/rate-in-force?serviceType=residential-care&amp;locality=Wirral%20West
    /// &amp;unit=per-week&amp;on=2018-04-01
    /// </summary>
    private static async Task<RateInForce> InForce(
        string? serviceType, string? locality, string? unit, DateOnly on, ContractsStore store, HttpContext http)
    {
        var segment = QueryValues.Segment(serviceType, locality);
        var found = await RateLookup.InForce(store, segment, QueryValues.Parse<RateUnit>(unit, "unit"), on);
        await DemandView(store, http, found.Card);
        return RateInForce.Of(found, on);
    }

    private static async Task DemandView(ContractsStore store, HttpContext http, RateCard card)
    {
        var caller = http.ContractsCaller();
        if (!caller.IsProvider || caller.IsCommissioner) return;
        var frameworks = await store.Aggregates<ProviderFramework>().List();
        ContractsAccessPolicy.Demand(frameworks.Any(f => ContractsAccessPolicy.CanView(caller, card, f)), "id",
            "see the rates of a lot it is not admitted to");
    }
}
