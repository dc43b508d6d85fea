using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Apis;

public sealed record IdentifyVariance(string FinancialYear, int Month, DateOnly IdentifiedOn);
public sealed record NotificationRequest(IReadOnlyList<Guid> NotifiedBodyIds, DateOnly NotifiedOn);

/// <summary>A variance with its notification deadline and whether it is overdue on <see cref="AsOf"/>.</summary>
public sealed record VarianceClock(ForecastVariance Variance, DateOnly NotifyBy, DateOnly AsOf, bool Overdue);

/// <summary>
/// Forecast variances and their 10-working-day notification clock (P:L409-413, England and Wales bank
/// holidays): the pool manager records a variance from the month's position, the notification to
/// every partner and the joint action plan. Any partner lists them with the deadline and an overdue
/// flag as of today or asOf; flagging raises the overdue event once per variance.
/// </summary>
public static class VariancesApi
{
    public static void MapVariancesApi(this WebApplication app)
    {
        var variances = app.MapGroup("/api/v1/funds/{fundId:guid}/variances").WithTags("Variances");
        variances.MapGet("/", List).RequireAuthorization(p => p.RequireRole(PoolCaller.Readers));
        variances.MapPost("/", Identify).RequireAuthorization(p => p.RequireRole(Roles.PoolManager));
        variances.MapPost("/overdue-flags", FlagOverdue).RequireAuthorization(p => p.RequireRole(Roles.PoolManager));
        variances.MapPost("/{id:guid}/notification", (Guid fundId, Guid id, NotificationRequest r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, v => v.RecordNotification(r.NotifiedBodyIds, r.NotifiedOn))).RequireAuthorization(p => p.RequireRole(Roles.PoolManager));
        variances.MapPost("/{id:guid}/action-plan", (Guid fundId, Guid id, JointActionPlan r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, v => v.RecordActionPlan(r))).RequireAuthorization(p => p.RequireRole(Roles.PoolManager));
    }

    private static async Task<IEnumerable<VarianceClock>> List(Guid fundId, DateOnly? asOf, ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var day = asOf ?? BusinessDate.Today();
        return (await store.Aggregates<ForecastVariance>().List(fundId.ToString()))
            .OrderBy(v => v.IdentifiedOn).Select(v => new VarianceClock(v, v.NotifyBy, day, v.IsOverdueOn(day)));
    }

    /// <summary>Runs the month's position and starts the clock on the variance it shows; one clock per fund and month.</summary>
    private static async Task<IResult> Identify(Guid fundId, IdentifyVariance r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (fund, agreement, _) = await PoolCaller.OpenFund(store, user, fundId);
        var position = await (await FundBooks.Load(store, fundId)).PositionAsync(FinancialYear.Parse(r.FinancialYear), r.Month);
        var variance = ForecastVariance.Identify(agreement, fund, position, r.IdentifiedOn);
        if ((await store.Aggregates<ForecastVariance>().List(fundId.ToString())).Any(v => v.Year == variance.Year && v.Month == variance.Month))
            throw RuleViolation.AlreadyExists("month", $"Month {r.Month} of {variance.Year} already has its variance and clock.");
        store.Aggregates<ForecastVariance>().Add(variance, key: fundId.ToString());
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/funds/{fundId}/variances/{variance.Id}", new VarianceClock(variance, variance.NotifyBy, r.IdentifiedOn, false));
    }

    /// <summary>Flags every notification overdue today (once each, raising the overdue event); a scheduler or the pool manager calls it daily.</summary>
    private static async Task<IEnumerable<VarianceClock>> FlagOverdue(Guid fundId, ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var today = BusinessDate.Today();
        var flagged = (await store.Aggregates<ForecastVariance>().List(fundId.ToString())).Where(v => v.FlagIfOverdue(today)).ToList();
        await store.SaveChangesAsync();
        return flagged.Select(v => new VarianceClock(v, v.NotifyBy, today, true));
    }

    private static async Task<VarianceClock> Change(PooledFinanceStore store, ClaimsPrincipal user, Guid fundId, Guid id, Action<ForecastVariance> operation)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var variance = await store.Aggregates<ForecastVariance>().Get(id);
        if (variance.FundId != fundId) throw RuleViolation.NotFound("id", $"{id} is not a variance on this fund.");
        operation(variance);
        await store.SaveChangesAsync();
        var today = BusinessDate.Today();
        return new VarianceClock(variance, variance.NotifyBy, today, variance.IsOverdueOn(today));
    }
}
