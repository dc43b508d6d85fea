using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Commissioning.Protos.Finance.V1;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Ledger;
using ProtoOutcome = Commissioning.Protos.Finance.V1.DecisionOutcome;
using Resolved = PooledFinance.Domain.Agreements.DecisionOutcome;

namespace PooledFinance.Api.Grpc;

/// <summary>
/// commissioning.finance.v1.FinanceService: what other services ask pooled finance while they work
/// (care packages checks a budget line's headroom before agreeing funding and records the commitment;
/// contracts asks where a Section 75 agreement stands before awarding under it).
/// Every method needs a token (UNAUTHENTICATED without); a wrong role is PERMISSION_DENIED.
/// </summary>
[Authorize]
public sealed partial class FinanceGrpc(PooledFinanceStore store) : FinanceService.FinanceServiceBase
{
    private const string Callers = Roles.FinanceOfficer + "," + Roles.PoolManager + "," + Roles.Commissioner + ","
        + Roles.Verifier + "," + Roles.SeniorVerifier + "," + Roles.Broker + "," + Roles.Auditor;
    private const string Recorders =
        Roles.FinanceOfficer + "," + Roles.PoolManager + "," + Roles.Verifier + "," + Roles.SeniorVerifier;

    [Authorize(Roles = Callers)]
    public override async Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request,
        ServerCallContext call)
    {
        var (books, lineId) = await BooksOfLine(request.BudgetLineId);
        var year = request.FinancialYear.ToFinancialYear("financialYear");
        var headroom = await books.HeadroomAsync(lineId, year, cancellationToken: call.CancellationToken);
        return new CheckHeadroomResponse
        {
            Headroom = headroom.ToProtoMoney(), Sufficient = headroom >= request.Amount.ToPounds(),
        };
    }

    [Authorize(Roles = Callers)]
    public override async Task<GetFundPositionResponse> GetFundPosition(GetFundPositionRequest request,
        ServerCallContext call)
    {
        var books = await FundBooks.Load(store, request.FundId.ToId("fundId"), "fundId");
        var year = request.Period?.FinancialYear.ToFinancialYear("period.financialYear")
            ?? throw PooledFinanceApiRules.PositionPeriodGiven.Broken("period", "A period is required.");
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
    [Authorize(Roles = Recorders)]
    public override async Task<RecordCommitmentResponse> RecordCommitment(RecordCommitmentRequest request,
        ServerCallContext call)
    {
        var (books, lineId) = await BooksOfLine(request.BudgetLineId);
        var date = request.EffectiveFrom.ToDateOnly("effectiveFrom");
        await books.PostOnceAsync(lineId, EntryKind.Commitment, request.Amount.ToPounds(), date,
            $"commitment:{request.CommitmentId.ToId("commitmentId")}", call.CancellationToken);
        var headroom = await books.HeadroomAsync(lineId, FinancialYear.Containing(date),
            cancellationToken: call.CancellationToken);
        return new RecordCommitmentResponse
        {
            CommitmentId = request.CommitmentId, HeadroomAfter = headroom.ToProtoMoney(), OverBudget = headroom < 0,
        };
    }

    /// <summary>
    /// Open book: any partner of the agreement may ask (contracts asks before awarding under it), in a role that
    /// reads the agreement itself; refused before the agreement is looked at, as its REST read is. A decision asked
    /// for is reported as found, whichever agreement it concerns, so that the caller can say what is wrong with it.
    /// </summary>
    [Authorize(Roles = PoolCaller.ReaderRoles)]
    public override async Task<GetAgreementStandingResponse> GetAgreementStanding(GetAgreementStandingRequest request,
        ServerCallContext call)
    {
        var (agreement, _) = await PoolCaller.OpenAgreement(store, call.GetHttpContext().User,
            request.AgreementId.ToId("agreementId"));
        return new GetAgreementStandingResponse
        {
            AgreementId = agreement.Id.ToString(), Title = agreement.Title,
            SignedOn = agreement.SignedOn?.ToProtoDate(), InForceFrom = agreement.InForceFrom?.ToProtoDate(),
            EndsOn = agreement.EndsOn?.ToProtoDate(),
            Decision = string.IsNullOrEmpty(request.DecisionId) ? null
                : Decision(await store.Aggregates<GovernanceDecision>().Find(request.DecisionId.ToId("decisionId"),
                    call.CancellationToken)),
        };
    }

    private static AgreementDecision? Decision(GovernanceDecision? decision) => decision is null ? null : new()
    {
        DecisionId = decision.Id.ToString(), AgreementId = decision.AgreementId.ToString(),
        DecidedOn = decision.DecidedOn.ToProtoDate(),
        Kind = decision.Stage switch
        {
            GovernanceStage.ApprovalInPrinciple => DecisionKind.ApprovalInPrinciple,
            GovernanceStage.HeadsOfTerms => DecisionKind.HeadsOfTerms,
            GovernanceStage.FormalAgreement => DecisionKind.FormalAgreement,
            GovernanceStage.Variation => DecisionKind.Variation,
            GovernanceStage.Settlement => DecisionKind.Settlement,
            GovernanceStage.ContractAward => DecisionKind.ContractAward,
            _ => DecisionKind.Unspecified,
        },
        Outcome = decision.Outcome switch
        {
            Resolved.Approved => ProtoOutcome.Approved,
            Resolved.ApprovedWithConditions => ProtoOutcome.ApprovedWithConditions,
            Resolved.Deferred => ProtoOutcome.Deferred,
            Resolved.Refused => ProtoOutcome.Refused,
            _ => ProtoOutcome.Unspecified,
        },
        AuthorisesFrom = decision.AuthorisesFrom?.ToProtoDate(),
    };

    private async Task<(FundBooks Books, Guid LineId)> BooksOfLine(string budgetLineId)
    {
        var lineId = budgetLineId.ToId("budgetLineId");
        var line = await store.Aggregates<PooledFinance.Domain.Funds.BudgetLine>().Get(lineId, "budgetLineId");
        var fundId = line.FundId
            ?? throw PooledFinanceApiRules.LineInAFund.Broken("budgetLineId", "The line is not in a fund.");
        return (await FundBooks.Load(store, fundId, "budgetLineId"), lineId);
    }

}
