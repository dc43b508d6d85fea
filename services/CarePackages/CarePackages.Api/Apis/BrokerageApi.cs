using Commissioning.Persistence;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Planning;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;
using Commissioning.ServiceDefaults;

namespace CarePackages.Api.Apis;

/// <summary>
/// Brokerage by the council's brokers: a placement request with no identity goes to eligible framework
/// providers (in borough first; out of borough only with a recorded exception), providers offer within
/// the window (who is eligible is asked of the contracts service each round, so a provider suspended
/// since the last round is not invited again), the offers are ranked under the published weighting with
/// the arithmetic shown, and the broker awards, declines or re-brokers. A provider user sees only the
/// requests sent to it and only its own offers; the ranking is for council staff.
/// </summary>
public static class BrokerageApi
{
    private static readonly PartnerTag Tag = CarePackagesTags.Brokerage;

    public static void MapBrokerageApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/placement-requests");
        api.MapPost("/", Issue).RequireAuthorization(CarePackagesPolicies.BrokersPlacements)
            .Documented(Tag, "issuePlacementRequest", "Put an agreed plan to the market",
                "A broker sends a request with no identity to the framework providers the contracts service finds "
                + "eligible on the start date (in borough first; out of borough only with a recorded exception); "
                + "they offer within the window. Refused until verification has agreed the plan's funding.",
                PartnerChangeProblems)
            .WithExample(CarePackagesExamples.NewPlacementRequest, CarePackagesExamples.PlacementRequest);
        api.MapGet("/", List).RequireAuthorization(CarePackagesPolicies.ReadsPlacementRequests)
            .Documented(Tag, "listPlacementRequests", "List placement requests",
                "Council staff see every request of their council; a provider user only those sent to it, with its "
                + "own part. Paged: limit (1 to 500, 100 unless asked) requests from offset, oldest change first.",
                StatusCodes.Status400BadRequest);
        var request = api.MapGroup("/{id:guid}");
        request.MapGet("/", async (Guid id, HttpContext http, CarePackagesStore store) =>
                await View(store, http.AsThemselves(), await store.Aggregates<PlacementRequest>().Get(id)))
            .RequireAuthorization(CarePackagesPolicies.ReadsPlacementRequests)
            .Documented(Tag, "getPlacementRequest", "Read a placement request",
                "Council staff see every invitation and offer; a provider only its own, never who else was asked or "
                + "at what price.", ReadProblems);
        request.MapGet("/ranking", Ranking).RequireAuthorization(CarePackagesPolicies.ReadsPlacementRequests)
            .Documented(Tag, "rankOffers", "Rank the offers",
                "Under the published weighting (60% quality, 40% cost unless configured otherwise, anchors B.7): "
                + "the cheapest offer scores 100 for cost, each score is weighted and the sum written out. Council "
                + "staff only.", ReadProblems)
            .WithExample(null, CarePackagesExamples.Ranking);
        MapOffers(request);
        MapDecisions(request);
    }

    private static void MapOffers(RouteGroupBuilder request)
    {
        request.MapPost("/offers", (Guid id, OfferRequest r, HttpContext http, CarePackagesStore store,
                    TimeProvider clock) =>
                Step(store, http, id, p =>
                    p.SubmitOffer(http.AsThemselves(), r.WeeklyPrice, r.Notes ?? "", clock.GetUtcNow())))
            .RequireAuthorization(CarePackagesPolicies.OffersPlacements)
            .Documented(Tag, "submitOffer", "Offer a weekly price",
                "An invited provider offers once a round, while the window is open.",
                [.. ChangeProblems, StatusCodes.Status409Conflict])
            .WithExample(CarePackagesExamples.Offer, CarePackagesExamples.PlacementRequestAsOakLodge);
        request.MapPost("/invitation-decline", (Guid id, HttpContext http, CarePackagesStore store,
                    TimeProvider clock) =>
                Step(store, http, id, p => p.DeclineInvitation(http.AsThemselves(), clock.GetUtcNow())))
            .RequireAuthorization(CarePackagesPolicies.OffersPlacements)
            .Documented(Tag, "declineInvitation", "Decline the invitation",
                "An invited provider says it will not offer this round.", StepProblems);
        request.MapPost("/closure", (Guid id, HttpContext http, CarePackagesStore store, TimeProvider clock) =>
                Step(store, http, id, p => p.CloseOffers(clock.GetUtcNow())))
            .RequireAuthorization(CarePackagesPolicies.BrokersPlacements)
            .Documented(Tag, "closeOffers", "Close the offer window",
                "The broker closes the round once its window has passed.", StepProblems);
    }

    private static void MapDecisions(RouteGroupBuilder request)
    {
        request.MapPost("/offers/{offerId:guid}/decline", (Guid id, Guid offerId, OfferDeclineRequest r,
                    HttpContext http, CarePackagesStore store) =>
                Step(store, http, id, p => p.DeclineOffer(http.AsBroker(), offerId, r.Reason)))
            .RequireAuthorization(CarePackagesPolicies.BrokersPlacements)
            .Documented(Tag, "declineOffer", "Decline an offer", "The broker declines an offer, with the reason.",
                ChangeProblems);
        request.MapPost("/award", (Guid id, AwardRequest r, HttpContext http, CarePackagesStore store,
                    TimeProvider clock) =>
                Step(store, http, id, p => p.Award(http.AsBroker(), r.OfferId, r.Reason, clock.GetUtcNow())))
            .RequireAuthorization(CarePackagesPolicies.BrokersPlacements)
            .Documented(Tag, "awardPlacement", "Award the placement",
                "The broker awards an offer once the window is closed, with a reason when it is not the top-ranked "
                + "one.", ChangeProblems);
        request.MapPost("/rebroker", Rebroker).RequireAuthorization(CarePackagesPolicies.BrokersPlacements)
            .Documented(Tag, "rebroker", "Broker the request again",
                "Another round to the providers eligible now (one suspended since the last round is not invited "
                + "again), out of borough too with an exception given now or before.", PartnerChangeProblems);
    }

    /// <summary>
    /// Brokerage sources an agreed plan: the request is refused until verification has agreed its funding.
    /// </summary>
    private static async Task<Created<PlacementRequestView>> Issue(NewPlacementRequest r, HttpContext http,
        CarePackagesStore store, CarePackagesRules rules, ContractsClient contracts, TimeProvider clock)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(r.SupportPlanId, "supportPlanId");
        if (plan.Status != SupportPlanStatus.Agreed)
            throw BrokerageRules.AgreedPlanBrokered.Broken("supportPlanId",
                "Only a plan whose funding is agreed is brokered.");
        var broker = http.AsBroker();
        var providers = await contracts.EligibleProviders(
            store, store.TenancyOf(plan), r.ServiceType, r.Locality, r.StartDate);
        var request = PlacementRequest.Issue(plan.Id, r.ServiceType, r.Locality, r.StartDate, r.NeedsSummary,
            providers, rules.Brokerage, broker, clock.GetUtcNow(), Exception(r.OutOfBoroughException, broker, clock));
        store.Aggregates<PlacementRequest>().Add(request, LookupKeys.Of(plan.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/placement-requests/{request.Id}", await View(store, broker, request));
    }

    private static async Task<PlacementRequestView> Rebroker(Guid id, RebrokerRequest r, HttpContext http,
        CarePackagesStore store, CarePackagesRules rules, ContractsClient contracts, TimeProvider clock)
    {
        var request = await store.Aggregates<PlacementRequest>().Get(id);
        var broker = http.AsBroker();
        var providers = await contracts.EligibleProviders(
            store, store.TenancyOf(request), request.ServiceType, request.Locality, request.StartDate);
        request.Rebroker(broker, providers, rules.Brokerage, clock.GetUtcNow(),
            Exception(r.OutOfBoroughException, broker, clock));
        await store.SaveChangesAsync();
        return await View(store, broker, request);
    }

    /// <summary>The list route's handler; public so that the list benchmark times the route's own path.</summary>
    public static async Task<IReadOnlyList<PlacementRequestView>> List(
        int? offset, int? limit, HttpContext http, CarePackagesStore store)
    {
        var actor = http.AsThemselves();
        var (skip, take) = ListPage.Of(offset, limit);
        // A council user sees its councils' every request; anyone else the requests that invited its organisation.
        var page = actor.IsCouncil
            ? await store.Aggregates<PlacementRequest>().Page(skip, take)
            : await PlacementInvitation.PageFor(store, actor.OrganisationId, skip, take);
        // The organisations the whole page names, recalled at once rather than request by request.
        await store.Recall(page.SelectMany(r => PlacementRequestView.Names(actor, r)));
        return [.. page.Select(request => PlacementRequestView.For(actor, request, store.CodeOf))];
    }

    private static async Task<IReadOnlyList<RankedOfferView>> Ranking(
        Guid id, HttpContext http, CarePackagesStore store) =>
        (await store.Aggregates<PlacementRequest>().Get(id)).RankingFor(http.AsThemselves())
        .Select(RankedOfferView.Of).ToList();

    /// <summary>
    /// Load, check the caller may see the request at all (a provider not invited gets 403, not a hint
    /// that the request exists for someone else), apply one step, save, and answer in the caller's view.
    /// </summary>
    private static async Task<PlacementRequestView> Step(
        CarePackagesStore store, HttpContext http, Guid id, Action<PlacementRequest> step)
    {
        var actor = http.AsThemselves();
        var request = await store.Aggregates<PlacementRequest>().Get(id);
        request.EnsureVisibleTo(actor);
        step(request);
        await store.Recall(request.Offers.Select(o => o.ProviderId));
        await store.SaveChangesAsync();
        return await View(store, actor, request);
    }

    private static OutOfBoroughException? Exception(ExceptionRequest? exception, Actor broker, TimeProvider clock) =>
        exception is null
            ? null
            : new OutOfBoroughException(exception.Reason ?? "", broker.UserId, clock.LondonToday());

    private static async Task<PlacementRequestView> View(
        CarePackagesStore store, Actor actor, PlacementRequest request)
    {
        await store.Recall(PlacementRequestView.Names(actor, request));
        return PlacementRequestView.For(actor, request, store.CodeOf);
    }
}
