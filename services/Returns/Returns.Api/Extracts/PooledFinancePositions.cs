using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Finance.V1;
using Grpc.Core;
using Returns.Domain.BetterCare;
using Returns.Domain.Periods;
using Returns.Domain.PoolReports;
using Returns.Domain.SeedWork;
using FinanceClient = Commissioning.Protos.Finance.V1.FinanceService.FinanceServiceClient;
using Figures = Returns.Domain.PoolReports.PositionFigures;

namespace Returns.Api.Extracts;

/// <summary>
/// The positions of the funds a council hosts, asked of pooled finance over gRPC (<c>ListHostedFundPositions</c>)
/// when a pool report is collected, with the returns officer's token, which the shared client forwards: pooled
/// finance answers the host's own users only. Pooled finance publishes no event per posting, so the report is
/// taken from its books at collection time, as the CLD person fields are from care packages; the version collected
/// keeps the figures, so a submitted report never changes. The BCF returns are asked of it the same way. The address
/// is <c>Services:PooledFinance</c>.
/// </summary>
public static class PooledFinancePositions
{
    public static IServiceCollection AddPooledFinancePositions(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddPartnerGrpcClient<FinanceClient>(CommissioningServices.Finance,
            o => o.Address = new Uri(configuration["Services:PooledFinance"] ?? "http://pooled-finance:8081"));
        return services;
    }

    /// <summary>
    /// Every fund <paramref name="host"/> hosts, the year to the end of <paramref name="period"/> (a quarter, or
    /// the year for the annual report). Pooled finance unreachable is a 503 naming it, before anything is written.
    /// </summary>
    public static Task<IReadOnlyList<HostedFund>> HostedBy(this FinanceClient finance, CouncilCode host,
        ReturnPeriod period, CancellationToken ct) => Asked(async () =>
    {
        var (hostRef, asked) = Of(host, period);
        var response = await finance.ListHostedFundPositionsAsync(
            new ListHostedFundPositionsRequest { Host = hostRef, Period = asked }, cancellationToken: ct);
        return (IReadOnlyList<HostedFund>)[.. response.Funds.Select(Hosted)];
    }, "hosted funds' positions");

    /// <summary>
    /// Every Better Care Fund <paramref name="host"/> hosts with its plan for the period's year and its schemes to
    /// the period's end (<c>ListHostedBetterCarePlans</c>), each fund's s75 pooling told by
    /// <paramref name="pooling"/> from the decisions this service has heard.
    /// </summary>
    public static Task<IReadOnlyList<BcfFund>> BetterCareHostedBy(this FinanceClient finance, CouncilCode host,
        ReturnPeriod period, Func<string, IReadOnlyCollection<string>, Task<S75Pooling>> pooling,
        CancellationToken ct) => Asked(async () =>
    {
        var (hostRef, asked) = Of(host, period);
        var response = await finance.ListHostedBetterCarePlansAsync(
            new ListHostedBetterCarePlansRequest { Host = hostRef, Period = asked }, cancellationToken: ct);
        var funds = new List<BcfFund>();
        foreach (var f in response.Funds)
        {
            var fund = Hosted(f.Position);
            funds.Add(new BcfFund(fund.FundId, fund.Name, f.AgreementId, fund.Lines, fund.Total,
                f.Plan is null ? null : Plan(f.Plan), await pooling(f.AgreementId, [.. f.PartnerBodyIds])));
        }
        return (IReadOnlyList<BcfFund>)funds;
    }, "Better Care Fund plans");

    private static (OrganisationRef Host, Period Period) Of(CouncilCode host, ReturnPeriod period)
    {
        var asked = new Period { FinancialYear = new() { StartYear = period.Year.StartYear } };
        if (period.Kind == PeriodKind.Quarter) asked.Quarter = period.Number!.Value;
        return (new OrganisationRef { Code = host.Value, Kind = OrganisationKind.Council }, asked);
    }

    /// <summary>Pooled finance unreachable is a 503 naming what was asked; nothing is collected.</summary>
    private static async Task<T> Asked<T>(Func<Task<T>> ask, string what)
    {
        try
        {
            return await ask();
        }
        catch (RpcException failure) when (failure.StatusCode is StatusCode.Unavailable
            or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(failure.StatusCode, $"Pooled finance could not be asked for the {what} "
                + $"({failure.Status.Detail}); nothing was collected, collect again later."));
        }
    }

    private static HostedFund Hosted(HostedFundPosition f) => new(f.FundId, f.Name, KindOf(f.Kind), f.PoolManager,
        [.. f.Lines.Select(l => new LineFigures(l.BudgetLineId, l.Code, l.Name, Of(l.Figures)))], Of(f.Total));

    private static BcfPlan Plan(HostedBetterCarePlan p) => new(p.PlanId,
        [.. p.Contributions.Select(c => new BcfContribution(c.BodyCode, c.Source, c.Amount.ToPounds()))],
        p.PlanTotal.ToPounds(), p.LocalMinimum?.ToPounds(), p.MinimumShortfall?.ToPounds(), p.CcgBudget.ToPounds(),
        p.CcgTransferRequired.ToPounds(), p.CcgTransferGiven.ToPounds(),
        [.. p.Conditions.Select(c => new BcfCondition(c.Name, c.Met, c.Evidence == "" ? null : c.Evidence))],
        p.SubmittedOn?.ToDateOnly("submittedOn"));

    private static Figures Of(Commissioning.Protos.Finance.V1.PositionFigures figures) => new(
        figures.Budget.ToPounds(), figures.Committed.ToPounds(), figures.Actual.ToPounds(),
        figures.ForecastOutturn.ToPounds());

    private static string KindOf(FundKind kind) => kind switch
    {
        FundKind.Pooled => "pooled",
        FundKind.Aligned => "aligned",
        FundKind.BetterCareFund => "better-care-fund",
        _ => "unspecified",
    };
}
