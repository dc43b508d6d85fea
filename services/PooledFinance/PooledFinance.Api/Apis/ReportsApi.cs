using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Api.Reports;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Position;
using PooledFinance.Domain.Savings;
using PooledFinance.Domain.Settlement;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// The joint monthly report on a fund, as JSON, CSV (Accept: text/csv or format=csv) or an SVG chart
/// of budget against forecast per line (Accept: image/svg+xml or format=svg). Every partner of the
/// agreement reads it (open book, W:716); format= wins over Accept because a link in a board paper
/// cannot set headers.
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this WebApplication app) =>
        app.MapGet("/api/v1/funds/{id:guid}/report",
            Report).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Produces<JointMonthlyReport>().Produces<string>(Status200OK, "text/csv", "image/svg+xml")
            .Documented(FinanceTags.Reports, "getJointMonthlyReport", "Read the joint monthly report",
                "The fund's month as every partner reads it (open book, W:716): budget, committed, actual, forecast "
                + "and variance per line and per partner, forecast overspends, savings plans and the pool plan's "
                + "forecast and settled shortfall, as JSON, CSV (Accept: text/csv or format=csv) or an SVG "
                + "chart (Accept: image/svg+xml or format=svg); format wins over Accept.", Status400BadRequest,
                Status404NotFound);

    private static async Task<IResult> Report(Guid id, string financialYear, int month, string? format,
        HttpContext http,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var chosen = Format(format, http.Request.Headers.Accept.ToString());
        var (fund, agreement, _) = await PoolCaller.OpenFund(store, user, id);
        var books = await FundBooks.Load(store, id);
        var partnership = await store.Aggregates<Partnership>().Get(agreement.PartnershipId, "partnershipId");
        var year = FinancialYear.Parse(financialYear);
        var position = await books.PositionAsync(year, month);
        var settlement = (await store.Aggregates<RiskShareSettlement>().List(id.ToString()))
            .SingleOrDefault(s => s.Year == year);
        var plans = await store.Aggregates<PoolPlan>().List(agreement.Id.ToString());
        // The plan the year was settled against; before that, the one a settlement would take unnamed.
        var plan = plans.SingleOrDefault(p => p.Id == settlement?.Inputs.Plan?.Planned.PoolPlanId)
            ?? PoolPlan.Unambiguous(year, plans, (await store.Aggregates<Fund>().List(agreement.Id.ToString())).Count);
        var report = JointMonthlyReport.From(fund.Name, position, partnership,
            await store.Aggregates<OverspendForecast>().List(id.ToString()),
            await store.Aggregates<SavingsPlan>().List(partnership.Id.ToString()), plan, settlement);
        return chosen switch
        {
            "csv" => Results.Text(report.ToCsv(), "text/csv; charset=utf-8"),
            "svg" => Results.Text(BudgetForecastChart.Render(report), "image/svg+xml; charset=utf-8"),
            _ => Results.Ok(report),
        };
    }

    private static string Format(string? format, string accept)
    {
        if (format is not null)
            return format.ToLowerInvariant() is "json" or "csv" or "svg" ? format.ToLowerInvariant()
                : throw PooledFinanceApiRules.ReportFormat.Broken("format", "Choose json, csv or svg.");
        if (accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase)) return "csv";
        return accept.Contains("image/svg+xml", StringComparison.OrdinalIgnoreCase) ? "svg" : "json";
    }
}
