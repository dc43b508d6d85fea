using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Forecasts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// Staffing cost forecasts (issue 17 §6): per team and year, base + pay award − vacancy factor − unpaid-leave
/// saving, rounded as A's Table 1 rounds (£5.03m in 2018/19). The employer's HR officers state them; its
/// commissioners read them; each change is told to pooled finance for the line it names.
/// </summary>
public static class StaffingForecastsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.StaffingForecasts;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound];

    public static void MapStaffingForecastsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/employers/{id:guid}/staffing-forecasts", Prepare)
            .RequireAuthorization(WorkforcePolicies.ForecastsStaffingCosts)
            .Documented(Tag, "prepareStaffingForecast", "Prepare a staffing cost forecast",
                "An HR officer of the employer names it, the transfer project it serves and the pool fund and line "
                + "its cost is committed on.", Problems);
        var forecast = app.MapGroup("/api/v1/staffing-forecasts/{id:guid}");
        forecast.MapGet("/", async (Guid id, WorkforceStore store) =>
                StaffingForecastView.Of(await store.Aggregates<StaffingForecast>().Get(id)))
            .RequireAuthorization(WorkforcePolicies.ReadsCountsAndCosts)
            .Documented(Tag, "getStaffingForecast", "Read a staffing cost forecast",
                "Every year's lines and subtotal; counts and costs only.", Status404NotFound);
        forecast.MapPut("/years/{startYear:int}", SetYear)
            .RequireAuthorization(WorkforcePolicies.ForecastsStaffingCosts)
            .Documented(Tag, "setForecastYear", "State a year's bases and percentages",
                "Without bases, the establishment's team staff budgets are the year's bases.", Problems);
        forecast.MapPost("/years/{startYear:int}/uplift", Uplift)
            .RequireAuthorization(WorkforcePolicies.ForecastsStaffingCosts)
            .Documented(Tag, "upliftForecastYear", "Uplift the previous year's bases",
                "Each team's base uplifted by the percentage and rounded (A R-FIN-05).", Problems);
        MapCosts(forecast);
    }

    /// <summary>
    /// The forecast's one-off and recurrent costs and the pension cost share (A Table 1, §1.1, §4.3).
    /// </summary>
    private static void MapCosts(RouteGroupBuilder forecast)
    {
        var hr = forecast.MapGroup("/").RequireAuthorization(WorkforcePolicies.ForecastsStaffingCosts);
        hr.MapPut("/years/{startYear:int}/one-off-approval", (Guid id, int startYear, OneOffApprovalRequest r,
                WorkforceStore store, HttpContext http) => Step(store, http, id, f =>
                    f.ApproveOneOffCosts(StaffingForecastView.Year(startYear), r.Amount, r.Body, r.Reference)))
            .Documented(Tag, "approveOneOffCosts", "Record the approval of a year's one-off costs",
                "What a body approved (A §1.1 L197: £250,000 in 2017/18, Cabinet 2 October 2017); a later approval "
                + "for the year replaces it.", Problems);
        hr.MapPost("/years/{startYear:int}/one-off-costs", (Guid id, int startYear, OneOffCostRequest r,
                WorkforceStore store, HttpContext http) => Step(store, http, id, f =>
                    f.AddOneOffCost(StaffingForecastView.Year(startYear), r.Name, r.Amount)))
            .Documented(Tag, "addOneOffCost", "Add a one-off cost",
                "Always recorded; one that takes the year beyond its approval, or a year with none, is flagged with "
                + "the excess (rule OneOffWithinApproval, A R-FIN-07).", Problems);
        hr.MapPost("/recurrent-costs", (Guid id, RecurrentCostRequest r, WorkforceStore store, HttpContext http) =>
                Step(store, http, id, f => f.AddRecurrentCost(r.Name, StaffingForecastView.Year(r.FromYear), r.Amount)))
            .Documented(Tag, "addRecurrentCost", "Add a recurrent cost",
                "From a year on: an amount above zero, or none for \"to be confirmed\" (rule RecurrentAmountOrTbc, "
                + "A Table 1 \"tbc\"); never zero; each name once.", Problems);
        hr.MapPost("/recurrent-costs/confirmations", (Guid id, RecurrentConfirmation r, WorkforceStore store,
                HttpContext http) => Step(store, http, id, f => f.ConfirmRecurrentCost(r.Name, r.Amount)))
            .Documented(Tag, "confirmRecurrentCost", "Confirm a recurrent cost's amount",
                "A line to be confirmed takes its amount (never zero).", Problems);
        hr.MapPut("/pension-cost-share", (Guid id, PensionCostShareRequest r, WorkforceStore store,
                HttpContext http) => Step(store, http, id, f => f.SharePensionCost(r.Amount, r.CostShares())))
            .Documented(Tag, "sharePensionCost", "Set how the bodies share the extra pension cost",
                "The amount (or none, to be confirmed) and each body's weight (A §4.3 L807: £0.28m, 50:50); each "
                + "body's part is to the penny and adds back to the amount.", Problems);
    }

    private static Task<StaffingForecastView> Step(WorkforceStore store, HttpContext http, Guid id,
        Action<StaffingForecast> operation) => Change(store, http, id, f =>
        {
            operation(f);
            return Task.CompletedTask;
        });

    private static async Task<Created<StaffingForecastView>> Prepare(Guid id, NewStaffingForecast request,
        WorkforceStore store, HttpContext http)
    {
        var employer = await store.Aggregates<Employer>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, employer.Code);
        var forecast = StaffingForecast.Prepare(employer, request.Title, request.TransferProjectId, request.Line(),
            request.RoundingUnit);
        store.Aggregates<StaffingForecast>().Add(forecast, id.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/staffing-forecasts/{forecast.Id}", StaffingForecastView.Of(forecast));
    }

    private static Task<StaffingForecastView> SetYear(Guid id, int startYear, ForecastYearRequest request,
        WorkforceStore store, HttpContext http) => Change(store, http, id, async f =>
        {
            var bases = request.Bases?.Select(b => new TeamBase(b.TeamName, b.Amount)).ToList()
                ?? StaffingForecast.BasesOf(await store.EstablishmentOf(f.EmployerId));
            f.SetYear(StaffingForecastView.Year(startYear), bases, request.Assumptions());
        });

    private static Task<StaffingForecastView> Uplift(Guid id, int startYear, ForecastUpliftRequest request,
        WorkforceStore store, HttpContext http) => Step(store, http, id, f =>
            f.UpliftYear(StaffingForecastView.Year(startYear), request.UpliftPercent, request.Assumptions()));

    private static async Task<StaffingForecastView> Change(WorkforceStore store, HttpContext http, Guid id,
        Func<StaffingForecast, Task> operation)
    {
        var forecast = await store.Aggregates<StaffingForecast>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, forecast.EmployerCode);
        await operation(forecast);
        await store.SaveChangesAsync();
        return StaffingForecastView.Of(forecast);
    }
}
