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
            .RequireAuthorization(p => p.RequireRole(Roles.HrOfficer))
            .Documented(Tag, "prepareStaffingForecast", "Prepare a staffing cost forecast",
                "An HR officer of the employer names it, the transfer project it serves and the pool fund and line "
                + "its cost is committed on.", Problems);
        var forecast = app.MapGroup("/api/v1/staffing-forecasts/{id:guid}");
        forecast.MapGet("/", async (Guid id, WorkforceStore store) =>
                StaffingForecastView.Of(await store.Aggregates<StaffingForecast>().Get(id)))
            .RequireAuthorization(p => p.RequireRole(EmployerAccess.CountReaders))
            .Documented(Tag, "getStaffingForecast", "Read a staffing cost forecast",
                "Every year's lines and subtotal; counts and costs only.", Status404NotFound);
        forecast.MapPut("/years/{startYear:int}", SetYear).RequireAuthorization(p => p.RequireRole(Roles.HrOfficer))
            .Documented(Tag, "setForecastYear", "State a year's bases and percentages",
                "Without bases, the establishment's team staff budgets are the year's bases.", Problems);
        forecast.MapPost("/years/{startYear:int}/uplift", Uplift)
            .RequireAuthorization(p => p.RequireRole(Roles.HrOfficer))
            .Documented(Tag, "upliftForecastYear", "Uplift the previous year's bases",
                "Each team's base uplifted by the percentage and rounded (A R-FIN-05).", Problems);
    }

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
        WorkforceStore store, HttpContext http) => Change(store, http, id, f =>
        {
            f.UpliftYear(StaffingForecastView.Year(startYear), request.UpliftPercent, request.Assumptions());
            return Task.CompletedTask;
        });

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
