using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Position;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>The partners' joint mitigation of a forecast overspend: who agreed it, when, and what.</summary>
public sealed record JointMitigationRequest(IReadOnlyList<Guid> AgreedByBodyIds, DateOnly AgreedOn, string Summary);

public sealed record JointMitigationView(IReadOnlyList<Guid> AgreedByBodyIds, DateOnly AgreedOn, string Summary);

/// <summary>A forecast overspend on a line of the fund, raised by a care package's funding; its mitigation.</summary>
public sealed record OverspendForecastView(Guid Id, Guid FundId, Guid BudgetLineId, Guid OwnerBodyId,
    string FinancialYear, string PackageId, decimal Commitment, decimal Headroom, decimal Overspend,
    DateOnly SignalledOn,
    OverspendForecastStatus Status, JointMitigationView? Mitigation)
{
    public static OverspendForecastView Of(OverspendForecast f) => new(f.Id, f.FundId, f.BudgetLineId, f.OwnerBodyId,
        f.Year.ToString(), f.PackageId, f.Commitment, f.Headroom, f.Overspend, f.SignalledOn, f.Status,
        f.Mitigation is { } m ? new JointMitigationView(m.AgreedByBodyIds, m.AgreedOn, m.Summary) : null);
}

/// <summary>
/// Forecast overspends care packages raised on the fund's lines (A risk 9; B R-FIN-19, R-FIN-20 L472),
/// open to every partner (open book, W:716), each awaiting the partners' joint mitigation, which the
/// pool manager records (A §4.11 L876).
/// </summary>
public static class OverspendForecastsApi
{
    private const string Tag = "Variances";

    public static void MapOverspendForecastsApi(this WebApplication app)
    {
        // Every caller needs a token and a partner's role; a provider user or another pool's caller is refused.
        var forecasts = app.MapGroup("/api/v1/funds/{fundId:guid}/overspend-forecasts").WithTags(Tag)
            .RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .ProducesProblem(Status401Unauthorized).ProducesProblem(Status403Forbidden);
        forecasts.MapGet("/", List)
            .WithName("listOverspendForecasts").WithSummary("List the fund's forecast overspends")
            .WithDescription("Every forecast overspend care packages raised on the fund's lines when funding was "
                + "agreed without headroom (A risk 9), oldest first; awaitingMitigation=true keeps those still "
                + "awaiting the partners' joint mitigation (A §4.11 L876).")
            .ProducesProblem(Status404NotFound);
        forecasts.MapPost("/{id:guid}/mitigation", Mitigate)
            .RequireAuthorization(PooledFinancePolicies.RecordsMitigations)
            .WithName("recordOverspendMitigation")
            .WithSummary("Record the joint mitigation of a forecast overspend")
            .WithDescription("The pool manager records the mitigation every partner of the agreement agreed (who, "
                + "when, what); it closes the forecast. A second mitigation is refused.")
            .ProducesProblem(Status400BadRequest).ProducesProblem(Status404NotFound)
            .ProducesProblem(Status409Conflict);
    }

    private static async Task<Ok<List<OverspendForecastView>>> List(Guid fundId, bool? awaitingMitigation,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var forecasts = await store.Aggregates<OverspendForecast>().List(fundId.ToString());
        return TypedResults.Ok(forecasts
            .Where(f => awaitingMitigation is null
                || awaitingMitigation == (f.Status == OverspendForecastStatus.AwaitingJointMitigation))
            .OrderBy(f => f.SignalledOn).Select(OverspendForecastView.Of).ToList());
    }

    private static async Task<Ok<OverspendForecastView>> Mitigate(Guid fundId, Guid id, JointMitigationRequest r,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (_, agreement, _) = await PoolCaller.OpenFund(store, user, fundId);
        var forecast = await store.Aggregates<OverspendForecast>().Get(id);
        if (forecast.FundId != fundId)
            throw RuleViolation.NotFound("id", $"{id} is not a forecast overspend on this fund.");
        forecast.RecordMitigation(agreement, new JointMitigation(r.AgreedByBodyIds, r.AgreedOn, r.Summary));
        await store.SaveChangesAsync();
        return TypedResults.Ok(OverspendForecastView.Of(forecast));
    }
}
