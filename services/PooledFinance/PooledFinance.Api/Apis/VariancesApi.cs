using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Position;
using static Microsoft.AspNetCore.Http.StatusCodes;
using Commissioning.ServiceDefaults;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Forecast variances and their 10-working-day notification clock (P:L409-413, England and Wales bank
/// holidays): the pool manager records a variance from the month's position, the notification to
/// every partner and the joint action plan. Any partner lists them with the deadline and an overdue
/// flag as of today or asOf; flagging raises the overdue event once per variance.
/// </summary>
public static class VariancesApi
{
    private static readonly PartnerTag Tag = FinanceTags.Variances;

    public static void MapVariancesApi(this WebApplication app)
    {
        var variances = app.MapGroup("/api/v1/funds/{fundId:guid}/variances");
        variances.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listVariances", "List the fund's variances and their clocks",
                "Each variance with its notification deadline (10 working days, England and Wales bank holidays, "
                + "P:L409-413) and whether it is overdue as of today (London) or asOf.", Status400BadRequest,
                Status404NotFound);
        variances.MapPost("/", Identify).RequireAuthorization(PooledFinancePolicies.TracksVariances)
            .Documented(Tag, "identifyVariance", "Identify the month's variance",
                "The pool manager runs the month's position and starts the clock on the variance it shows; one "
                + "clock per fund and month.", Status400BadRequest, Status404NotFound, Status409Conflict,
                Status422UnprocessableEntity)
            .WithExample(FinanceExamples.IdentifyVariance, FinanceExamples.VarianceClock);
        variances.MapPost("/overdue-flags", FlagOverdue).RequireAuthorization(PooledFinancePolicies.TracksVariances)
            .Documented(Tag, "flagOverdueVariances", "Flag overdue notifications",
                "Flags every notification overdue today, once each, raising the overdue event; a scheduler or the "
                + "pool manager calls it daily.", Status404NotFound);
        var variance = variances.MapGroup("/{id:guid}").RequireAuthorization(PooledFinancePolicies.TracksVariances);
        variance.MapPost("/notification", (Guid fundId, Guid id, NotificationRequest r, ClaimsPrincipal user,
                PooledFinanceStore store, TimeProvider clock) =>
                Change(store, clock, user, fundId, id, v => v.RecordNotification(r.NotifiedBodyIds, r.NotifiedOn)))
            .Documented(Tag, "recordVarianceNotification", "Record the notification to the partners",
                "Every partner must be notified; a notification after the deadline is recorded as late.",
                Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
        variance.MapPost("/action-plan", (Guid fundId, Guid id, JointActionPlanView r, ClaimsPrincipal user,
                PooledFinanceStore store, TimeProvider clock) => Change(store, clock, user, fundId, id, v => v.RecordActionPlan(r.ToPlan())))
            .Documented(Tag, "recordVarianceActionPlan", "Record the joint action plan",
                "The partners' agreed plan to bring the variance back.", Status400BadRequest, Status404NotFound,
                Status422UnprocessableEntity);
    }

    private static async Task<IReadOnlyList<VarianceClock>> List(Guid fundId, DateOnly? asOf, ClaimsPrincipal user,
        PooledFinanceStore store, TimeProvider clock)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var day = asOf ?? clock.LondonToday();
        return (await store.Aggregates<ForecastVariance>().List(fundId.ToString()))
            .OrderBy(v => v.IdentifiedOn).Select(v => VarianceClock.Of(v, day, v.IsOverdueOn(day))).ToList();
    }

    /// <summary>
    /// Runs the month's position and starts the clock on the variance it shows; one clock per fund and month.
    /// </summary>
    private static async Task<Created<VarianceClock>> Identify(Guid fundId, IdentifyVariance r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (fund, agreement, _) = await PoolCaller.OpenFund(store, user, fundId);
        var position = await (await FundBooks.Load(store, fundId)).PositionAsync(FinancialYear.Parse(r.FinancialYear),
            r.Month);
        var variance = ForecastVariance.Identify(agreement, fund, position, r.IdentifiedOn);
        var clocks = await store.Aggregates<ForecastVariance>().List(fundId.ToString());
        if (clocks.Any(v => v.Year == variance.Year && v.Month == variance.Month))
            throw VarianceRules.OneClockAMonth.Broken("month",
                $"Month {r.Month} of {variance.Year} already has its variance and clock.");
        store.Aggregates<ForecastVariance>().Add(variance, key: fundId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{fundId}/variances/{variance.Id}",
            VarianceClock.Of(variance, r.IdentifiedOn, false));
    }

    /// <summary>
    /// Flags every notification overdue today (once each, raising the overdue event); a scheduler or the
    /// pool manager calls it daily.
    /// </summary>
    private static async Task<IReadOnlyList<VarianceClock>> FlagOverdue(Guid fundId, ClaimsPrincipal user,
        PooledFinanceStore store, TimeProvider clock)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var today = clock.LondonToday();
        var flagged = (await store.Aggregates<ForecastVariance>().List(fundId.ToString()))
            .Where(v => v.FlagIfOverdue(today)).ToList();
        await store.SaveChangesAsync();
        return flagged.Select(v => VarianceClock.Of(v, today, true)).ToList();
    }

    private static async Task<VarianceClock> Change(PooledFinanceStore store, TimeProvider clock, ClaimsPrincipal user,
        Guid fundId, Guid id, Action<ForecastVariance> operation)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var variance = await store.Change<ForecastVariance>(id, v =>
        {
            if (v.FundId != fundId) throw RuleViolation.NotFound("id", $"{id} is not a variance on this fund.");
            operation(v);
        });
        var today = clock.LondonToday();
        return VarianceClock.Of(variance, today, variance.IsOverdueOn(today));
    }
}
