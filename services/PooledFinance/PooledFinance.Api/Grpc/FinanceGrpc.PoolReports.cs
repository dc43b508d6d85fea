using Commissioning.Domain;
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
        var hosted = await HostedBooks(request.Host, request.Period, call.CancellationToken);
        var response = new ListHostedFundPositionsResponse();
        foreach (var (books, position) in hosted.Funds) response.Funds.Add(Hosted(books.Fund, position));
        return response;
    }

    /// <summary>
    /// What the host's reports read: its partner bodies by id, the year, and the books of every fund it hosts with
    /// their position at the end of the quarter or year asked for (the pool report and the BCF returns alike).
    /// </summary>
    private async Task<HostedFunds> HostedBooks(Commissioning.Protos.Common.V1.OrganisationRef? hostRef,
        Commissioning.Protos.Common.V1.Period? asked, CancellationToken ct)
    {
        var host = PoolReport.Host(hostRef?.Code);
        var period = asked ?? new Commissioning.Protos.Common.V1.Period();
        var year = period.FinancialYear.ToFinancialYear("period.financialYear");
        var month = PoolReport.MonthEnding(period.SpanCase == Span.Quarter ? period.Quarter : null,
            period.SpanCase == Span.Month ? period.Month : null);
        var bodies = (await store.Aggregates<Partnership>().List(cancellationToken: ct))
            .SelectMany(p => p.Bodies).DistinctBy(b => b.Id).ToDictionary(b => b.Id, b => b.Code);
        var hostBodies = bodies.Where(b => b.Value.Equals(host, StringComparison.OrdinalIgnoreCase))
            .Select(b => b.Key).ToHashSet();
        var funds = new List<(FundBooks, FundPosition)>();
        foreach (var fund in (await store.Aggregates<DomainFund>().List(cancellationToken: ct))
                     .Where(f => hostBodies.Contains(f.HostBodyId)))
        {
            var books = await FundBooks.Load(store, fund.Id, "host");
            funds.Add((books, await books.PositionAsync(year, month, ct)));
        }
        return new HostedFunds(bodies, year, funds);
    }

    private sealed record HostedFunds(IReadOnlyDictionary<Guid, string> BodyCodes, FinancialYear Year,
        IReadOnlyList<(FundBooks Books, FundPosition Position)> Funds);

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
