using Commissioning.Domain;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Grpc;

/// <summary>
/// commissioning.finance.v1.FinanceService: what other services ask pooled finance while they work
/// (care packages checks a budget line's headroom before agreeing funding and records the commitment).
/// </summary>
public static class FinanceGrpc
{
    private static readonly string[] Callers = [Roles.FinanceOfficer, Roles.PoolManager, Roles.Commissioner, Roles.Verifier,
        Roles.SeniorVerifier, Roles.Broker, Roles.Auditor];

    public static RouteGroupBuilder MapFinanceGrpc(this WebApplication app) =>
        app.MapGrpcService(CommissioningServices.Finance, finance =>
        {
            finance.Unary<CheckHeadroomRequest, CheckHeadroomResponse>("CheckHeadroom", CheckHeadroom).RequireRoles(Callers);
            finance.Unary<GetFundPositionRequest, GetFundPositionResponse>("GetFundPosition", GetFundPosition).RequireRoles(Callers);
            finance.Unary<RecordCommitmentRequest, RecordCommitmentResponse>("RecordCommitment", RecordCommitment)
                .RequireRoles(Roles.FinanceOfficer, Roles.PoolManager, Roles.Verifier, Roles.SeniorVerifier);
        });

    private static async Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request, GrpcCallContext call)
    {
        var store = call.HttpContext.RequestServices.GetRequiredService<PooledFinanceStore>();
        var (books, lineId) = await BooksOfLine(store, request.BudgetLineId);
        var headroom = await books.HeadroomAsync(lineId, request.FinancialYear.ToFinancialYear("financialYear"), cancellationToken: call.CancellationToken);
        return new CheckHeadroomResponse { Headroom = headroom.ToProtoMoney(), Sufficient = headroom >= request.Amount.ToPounds() };
    }

    private static async Task<GetFundPositionResponse> GetFundPosition(GetFundPositionRequest request, GrpcCallContext call)
    {
        var store = call.HttpContext.RequestServices.GetRequiredService<PooledFinanceStore>();
        var books = await FundBooks.Load(store, Id(request.FundId, "fundId"), "fundId");
        var year = request.Period?.FinancialYear.ToFinancialYear("period.financialYear") ?? throw RuleViolation.Invalid("period", "A period is required.");
        var month = request.Period?.Month is > 0 and var m ? m : 12;
        var total = (await books.PositionAsync(year, month, call.CancellationToken)).Total;
        return new GetFundPositionResponse
        {
            FundId = request.FundId,
            Period = request.Period,
            Budget = total.Budget.ToProtoMoney(),
            Committed = total.Committed.ToProtoMoney(),
            Actual = total.Actual.ToProtoMoney(),
            ForecastOutturn = total.Forecast.ToProtoMoney(),
            ForecastVariance = total.Variance.ToProtoMoney(),
        };
    }

    /// <summary>
    /// Idempotent by commitment id: a retried call finds its own entry and changes nothing, and of two
    /// concurrent calls the second is answered with the first one's entry.
    /// </summary>
    private static async Task<RecordCommitmentResponse> RecordCommitment(RecordCommitmentRequest request, GrpcCallContext call)
    {
        var store = call.HttpContext.RequestServices.GetRequiredService<PooledFinanceStore>();
        var (books, lineId) = await BooksOfLine(store, request.BudgetLineId);
        var date = request.EffectiveFrom.ToDateOnly("effectiveFrom");
        await books.PostOnceAsync(lineId, EntryKind.Commitment, request.Amount.ToPounds(), date,
            $"commitment:{Id(request.CommitmentId, "commitmentId")}", call.CancellationToken);
        var headroom = await books.HeadroomAsync(lineId, FinancialYear.Containing(date), cancellationToken: call.CancellationToken);
        return new RecordCommitmentResponse { CommitmentId = request.CommitmentId, HeadroomAfter = headroom.ToProtoMoney(), OverBudget = headroom < 0 };
    }

    private static async Task<(FundBooks Books, Guid LineId)> BooksOfLine(PooledFinanceStore store, string budgetLineId)
    {
        var lineId = Id(budgetLineId, "budgetLineId");
        var line = await store.Aggregates<PooledFinance.Domain.Funds.BudgetLine>().Get(lineId, "budgetLineId");
        var fundId = line.FundId ?? throw RuleViolation.Precondition("budgetLineId", "The line is not in a fund.");
        return (await FundBooks.Load(store, fundId, "budgetLineId"), lineId);
    }

    private static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw RuleViolation.Invalid(field, $"'{value}' is not an id.");
}
