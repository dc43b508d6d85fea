using System.Security.Claims;
using Commissioning.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Costs;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Costings of change from a rate card (issue 16 item 8; A §4.2 L794-799, W:643-652): stated by the finance
/// officer of the body that bears them, read by every partner (open book, W:716), reconciled on every read.
/// One-off costs against their approval and recurrent "tbc" lines live in workforce's staffing forecast.
/// </summary>
public static class CostingsApi
{
    private static readonly Commissioning.ServiceDefaults.OpenApi.PartnerTag Tag = FinanceTags.Costs;

    public static void MapCostingsApi(this WebApplication app)
    {
        var costings = app.MapGroup("/api/v1/partnerships/{partnershipId:guid}/costings");
        costings.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listCostings", "List the partnership's costings of change",
                "Each costing with its lines computed from its rate card and every figure that does not tie.",
                Status404NotFound);
        costings.MapPost("/", State).RequireAuthorization(PooledFinancePolicies.StatesCostings)
            .Documented(Tag, "stateCosting", "State a costing of change",
                "The bearing body's finance officer states the rate card (hourly rate, weekly hours) and the lines "
                + "as the paper gives them (weeks or days, stated total), the stated total and any approval "
                + "(W:260: £112,000). A day is a fifth of the weekly hours. Nothing is corrected.",
                Status400BadRequest, Status404NotFound);
        costings.MapGet("/{id:guid}", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getCosting", "Read a costing of change",
                "Stated against computed per line (A's OBC £0.52, W's FBC £0.20), the itemised and recomputed "
                + "totals, and the approval against the itemised total (W: £218.14).", Status404NotFound);
    }

    private static async Task<Ok<List<CostingView>>> List(Guid partnershipId, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        TypedResults.Ok((await PartnershipRecords.List<Costing>(store, user, partnershipId))
            .Select(CostingView.Of).ToList());

    private static async Task<Ok<CostingView>> Get(Guid partnershipId, Guid id, ClaimsPrincipal user,
        PooledFinanceStore store) =>
        TypedResults.Ok(CostingView.Of(await PartnershipRecords.Get<Costing>(store, user, partnershipId, id,
            c => c.PartnershipId)));

    private static async Task<Created<CostingView>> State(Guid partnershipId, NewCosting r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (partnership, actor) = await PartnershipRecords.OpenForChange(store, user, partnershipId);
        var costing = Costing.State(partnership, r.BearerBodyId, r.Title,
            (r.RateCard ?? []).Select(c => new RateCardRole(c.Role, c.HourlyRate, c.WeeklyHours)).ToList(),
            (r.Lines ?? []).Select(l => new CostingLine(l.Item, l.Role, l.Grade, l.Weeks, l.Days, l.StatedTotal))
                .ToList(), r.StatedTotal, r.ApprovedEstimate);
        PoolAccess.RequireChange(actor, costing);
        store.Aggregates<Costing>().Add(costing, key: partnershipId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/costings/{costing.Id}",
            CostingView.Of(costing));
    }
}
