using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Finance.V1;
using Grpc.Core;
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
/// keeps the figures, so a submitted report never changes. The address is <c>Services:PooledFinance</c>.
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
    public static async Task<IReadOnlyList<HostedFund>> HostedBy(this FinanceClient finance, CouncilCode host,
        ReturnPeriod period, CancellationToken ct)
    {
        var asked = new Period { FinancialYear = new() { StartYear = period.Year.StartYear } };
        if (period.Kind == PeriodKind.Quarter) asked.Quarter = period.Number!.Value;
        var request = new ListHostedFundPositionsRequest
        {
            Host = new OrganisationRef { Code = host.Value, Kind = OrganisationKind.Council }, Period = asked,
        };
        try
        {
            var response = await finance.ListHostedFundPositionsAsync(request, cancellationToken: ct);
            return [.. response.Funds.Select(f => new HostedFund(f.FundId, f.Name, KindOf(f.Kind), f.PoolManager,
                [.. f.Lines.Select(l => new LineFigures(l.BudgetLineId, l.Code, l.Name, Of(l.Figures)))],
                Of(f.Total)))];
        }
        catch (RpcException failure) when (failure.StatusCode is StatusCode.Unavailable
            or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(failure.StatusCode, "Pooled finance could not be asked for the "
                + $"hosted funds' positions ({failure.Status.Detail}); nothing was collected, collect again later."));
        }
    }

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
