using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Savings;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Each partner body's efficiency or QIPP requirement for a year (WF-7; W:427-428, W:666). The body's finance
/// officer sets and reports its own plan; every partner reads every plan (open book, W:716); a partner's
/// commissioner or pool manager records the basis adopted for figures that disagree.
/// </summary>
public static class SavingsPlansApi
{
    private static readonly Commissioning.ServiceDefaults.OpenApi.PartnerTag Tag = FinanceTags.Savings;

    public static void MapSavingsPlansApi(this WebApplication app)
    {
        var partnership = app.MapGroup("/api/v1/partnerships/{partnershipId:guid}/savings-plans");
        partnership.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listSavingsPlans", "List the partnership's savings plans",
                "Every partner body's plans, oldest year first; financialYear= keeps one year.", Status400BadRequest,
                Status404NotFound);
        partnership.MapPost("/", Set).RequireAuthorization(PooledFinancePolicies.SetsSavingsPlans)
            .Documented(Tag, "setSavingsPlan", "Set a body's savings requirement for a year",
                "The body's finance officer states the requirement, the budget it is of and, if its paper states "
                + "one, the percentage (W:427: £3.4m, 4.4% of £77.8m). One plan per body, year and programme.",
                Status400BadRequest, Status404NotFound, Status409Conflict);
        var plan = app.MapGroup("/api/v1/savings-plans/{id:guid}");
        plan.MapGet("/", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getSavingsPlan", "Read a savings plan",
                "Identified, delivered and still to identify, with the findings that await a decision.",
                Status404NotFound);
        Change(plan.MapPost("/savings", Identify), "identifySaving", "Identify a saving",
            "A recurrent or one-off saving towards the requirement; one-off savings never count towards it (W:427).");
        Change(plan.MapPost("/savings/{savingId:guid}/delivery", Deliver), "recordSavingDelivery",
            "Record a saving's delivery to date", "Never more than was identified for it.");
        Change(plan.MapPut("/yet-to-be-identified", StateRest), "stateSavingsYetToBeIdentified",
            "State what is yet to be identified", "As the body reports it (W:666: £1.9m); it is not derived.");
        Change(plan.MapPost("/year-end", Close), "closeSavingsYear", "Close the year",
            "After 31 March, naming the year: met, or missed by the shortfall, which is announced (W:428).");
        plan.MapPost("/decision", Decide)
            .RequireAuthorization(PooledFinancePolicies.DecidesSavingsFindings)
            .Documented(Tag, "recordSavingsDecision", "Record the basis adopted for the plan's findings",
                "A partner's commissioner or pool manager records which figures stand (W §8 items 6 and 7).",
                Status400BadRequest, Status404NotFound);
    }

    private static void Change(RouteHandlerBuilder endpoint, string id, string summary, string description) =>
        endpoint.RequireAuthorization(PooledFinancePolicies.SetsSavingsPlans)
            .Documented(Tag, id, summary, "The plan's body's finance officer only. " + description,
                Status400BadRequest, Status404NotFound);

    private static async Task<Ok<List<SavingsPlanView>>> List(Guid partnershipId, string? financialYear,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenPartnership(store, user, partnershipId);
        FinancialYear? year = financialYear is null ? null : FinancialYear.Parse(financialYear);
        var plans = await store.Aggregates<SavingsPlan>().List(partnershipId.ToString());
        return TypedResults.Ok(plans.Where(p => year is null || p.Year == year).OrderBy(p => p.Year.StartYear)
            .Select(SavingsPlanView.Of).ToList());
    }

    private static async Task<Created<SavingsPlanView>> Set(Guid partnershipId, NewSavingsPlan r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (partnership, actor) =
            await PoolCaller.OpenPartnership(store, user, partnershipId, ActorRole.FinanceOfficer);
        var year = FinancialYear.Parse(r.FinancialYear);
        var plan = SavingsPlan.Set(partnership, r.BodyId, year, r.Programme, r.Requirement, r.BudgetBase,
            r.StatedPercentage);
        PoolAccess.RequireChange(actor, plan);
        store.Aggregates<SavingsPlan>().Add(plan, key: partnershipId.ToString(), new UniqueKey(
            $"savings:{r.BodyId}:{year}:{r.Programme}", "financialYear",
            $"The body's {year} {r.Programme} plan is already set; report against it."));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/savings-plans/{plan.Id}", SavingsPlanView.Of(plan));
    }

    private static async Task<Ok<SavingsPlanView>> Get(Guid id, ClaimsPrincipal user, PooledFinanceStore store) =>
        TypedResults.Ok(SavingsPlanView.Of((await Open(store, user, id, ActorRole.Reader)).Plan));

    private static Task<Ok<SavingsPlanView>> Identify(Guid id, NewSaving r, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        Apply(store, user, id, plan => plan.Identify(r.Description, r.Amount, r.IsOneOff));

    private static Task<Ok<SavingsPlanView>> Deliver(Guid id, Guid savingId, SavingDelivery r, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        Apply(store, user, id, plan => plan.RecordDelivery(savingId, r.DeliveredToDate));

    private static Task<Ok<SavingsPlanView>> StateRest(Guid id, YetToBeIdentified r, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        Apply(store, user, id, plan => plan.StateYetToBeIdentified(r.Amount));

    private static Task<Ok<SavingsPlanView>> Close(Guid id, SavingsYearEnd r, ClaimsPrincipal user,
        PooledFinanceStore store, TimeProvider clock) =>
        Apply(store, user, id, plan => plan.CloseYear(FinancialYear.Parse(r.FinancialYear), clock.LondonToday()));

    private static async Task<Ok<SavingsPlanView>> Decide(Guid id, SavingsDecisionRequest r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (plan, partnership, actor) = await Open(store, user, id, ActorRole.Reader);
        plan.RecordDecision(new SavingsDecision(r.Basis, r.DecidedOn, actor.BodyId), partnership);
        await store.SaveChangesAsync();
        return TypedResults.Ok(SavingsPlanView.Of(plan));
    }

    /// <summary>Load, check the caller is the plan's body's finance officer, apply, save.</summary>
    private static async Task<Ok<SavingsPlanView>> Apply(PooledFinanceStore store, ClaimsPrincipal user, Guid id,
        Action<SavingsPlan> change)
    {
        var (plan, _, actor) = await Open(store, user, id, ActorRole.FinanceOfficer);
        PoolAccess.RequireChange(actor, plan);
        change(plan);
        await store.SaveChangesAsync();
        return TypedResults.Ok(SavingsPlanView.Of(plan));
    }

    private static async Task<(SavingsPlan Plan, Domain.Partnerships.Partnership Partnership, Actor Actor)> Open(
        PooledFinanceStore store, ClaimsPrincipal user, Guid id, ActorRole capacity)
    {
        var plan = await store.Aggregates<SavingsPlan>().Get(id);
        var (partnership, actor) = await PoolCaller.OpenPartnership(store, user, plan.PartnershipId, capacity);
        return (plan, partnership, actor);
    }
}
