using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Position;
using DomainFund = PooledFinance.Domain.Funds.Fund;
using DomainFundKind = PooledFinance.Domain.Funds.FundKind;
using Span = Commissioning.Protos.Common.V1.Period.SpanOneofCase;

namespace PooledFinance.Api.Grpc;

/// <summary>
/// The positions the pool's reports to partners are made of (<see cref="PoolReport"/>): statutory returns asks, with
/// the host council's returns officer's token, for every fund the council hosts. The caller's own partnerships are
/// all the store admits (open book: any partner reads the host's funds; an outsider gets none), and a council is
/// party to a handful, so their funds are read whole and the hosted ones kept.
/// </summary>
public sealed partial class FinanceGrpc
{
    private const string Reporters = PoolCaller.ReaderRoles + "," + Roles.ReturnsOfficer;

    [Authorize(Roles = Reporters)]
    public override async Task<ListHostedFundPositionsResponse> ListHostedFundPositions(
        ListHostedFundPositionsRequest request, ServerCallContext call)
    {
        var host = PoolReport.Host(request.Host?.Code);
        var period = request.Period ?? new Commissioning.Protos.Common.V1.Period();
        var year = period.FinancialYear.ToFinancialYear("period.financialYear");
        var month = PoolReport.MonthEnding(period.SpanCase == Span.Quarter ? period.Quarter : null,
            period.SpanCase == Span.Month ? period.Month : null);
        var hostBodies = (await store.Aggregates<Partnership>().List(cancellationToken: call.CancellationToken))
            .SelectMany(p => p.Bodies).Where(b => b.Code.Equals(host, StringComparison.OrdinalIgnoreCase))
            .Select(b => b.Id).ToHashSet();
        var response = new ListHostedFundPositionsResponse();
        foreach (var fund in (await store.Aggregates<DomainFund>().List(cancellationToken: call.CancellationToken))
                     .Where(f => hostBodies.Contains(f.HostBodyId)))
        {
            var books = await FundBooks.Load(store, fund.Id, "host");
            response.Funds.Add(Hosted(fund, await books.PositionAsync(year, month, call.CancellationToken)));
        }
        return response;
    }

    private static HostedFundPosition Hosted(DomainFund fund, FundPosition position) => new()
    {
        FundId = fund.Id.ToString(), Name = fund.Name, PoolManager = fund.PoolManager, Total = Figures(position.Total),
        Kind = fund.Kind switch
        {
            DomainFundKind.Pooled => FundKind.Pooled,
            DomainFundKind.Aligned => FundKind.Aligned,
            _ => FundKind.BetterCareFund,
        },
        Lines =
        {
            position.Lines.Select(l => new BudgetLinePosition
            {
                BudgetLineId = l.BudgetLineId.ToString(), Code = l.Code, Name = l.Name, Figures = Figures(l.Figures),
            }),
        },
    };

    private static Commissioning.Protos.Finance.V1.PositionFigures Figures(
        Domain.Position.PositionFigures figures) => new()
    {
        Budget = figures.Budget.ToProtoMoney(), Committed = figures.Committed.ToProtoMoney(),
        Actual = figures.Actual.ToProtoMoney(), ForecastOutturn = figures.Forecast.ToProtoMoney(),
        ForecastVariance = figures.Variance.ToProtoMoney(),
    };
}
