using Commissioning.Domain;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Returns.Api.Infrastructure;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Proto = Commissioning.Protos.Returns.V1;

namespace Returns.Api.Grpc;

/// <summary>
/// commissioning.returns.v1.ReturnsService: where a council's return for a period stands, for other services and
/// partners. The caller's token travels with the call and the tenancy is the REST API's
/// (<see cref="CouncilTenancy"/>): council staff see their own council's returns, auditors every council's, a
/// provider user none, so another council's return is NOT_FOUND exactly as one never opened. Refusals are the
/// domain's rule violations, sent as google.rpc.Status by the shared interceptor.
/// </summary>
[Authorize]
public sealed class ReturnsGrpc(ReturnsStore store) : Proto.ReturnsService.ReturnsServiceBase
{
    public override async Task<Proto.GetPeriodStatusResponse> GetPeriodStatus(Proto.GetPeriodStatusRequest request,
        ServerCallContext call)
    {
        var kind = KindOf(request.Kind);
        var council = CouncilCode.Of(request.Council?.Code, "council.code");
        var period = ReturnCalendar.PeriodOf(kind, LabelOf(request.Period));
        var statutoryReturn = await store.ReturnFor(kind, council, period, call.CancellationToken);
        var current = statutoryReturn.Current;
        return new Proto.GetPeriodStatusResponse
        {
            Kind = request.Kind, Period = request.Period, Status = StatusOf(statutoryReturn.Status),
            ValidationErrors = current.Findings.Count,
            LastBuiltAt = current.CollectedAt is { } collected
                ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(collected) : null,
            SignedOffBy = current.SignedOffBy ?? "", SubmissionDue = statutoryReturn.DueOn.ToProtoDate(),
            ReturnId = statutoryReturn.Id.ToString(), Version = current.Number,
            DueState = DueStateOf(statutoryReturn.DueStateOn(store.Clock.LondonToday())),
        };
    }

    /// <summary>
    /// The proto's kinds for the service's; SALT is in the proto but not a return the service makes (its
    /// successor, CLD, is: anchors-refresh §2 L24).
    /// </summary>
    private static ReturnKind KindOf(Proto.ReturnKind kind) => kind switch
    {
        Proto.ReturnKind.Cld => ReturnKind.Cld,
        Proto.ReturnKind.AscFr => ReturnKind.AscFr,
        Proto.ReturnKind.BcfQuarterly => ReturnKind.BcfQuarter,
        Proto.ReturnKind.BcfYearEnd => ReturnKind.BcfYearEnd,
        Proto.ReturnKind.PooledFundQuarterly => ReturnKind.PoolQuarterly,
        Proto.ReturnKind.JointMonthly => ReturnKind.JointMonthly,
        _ => throw ReturnRules.KnownReturn.Broken("kind", $"{kind} is not a return the service makes."),
    };

    /// <summary>The period as the REST API names it ("2024/25", "2024/25 Q1", "2024/25 M07").</summary>
    private static string LabelOf(Commissioning.Protos.Common.V1.Period? period)
    {
        var year = (period?.FinancialYear).ToFinancialYear("period.financialYear");
        return period!.SpanCase switch
        {
            Commissioning.Protos.Common.V1.Period.SpanOneofCase.Quarter => $"{year} Q{period.Quarter}",
            Commissioning.Protos.Common.V1.Period.SpanOneofCase.Month => $"{year} M{period.Month:00}",
            _ => year.ToString(),
        };
    }

    /// <summary>Collecting is the proto's BUILT: the version's rows are built, not yet validated.</summary>
    private static Proto.ReturnStatus StatusOf(ReturnStatus status) => status switch
    {
        ReturnStatus.Open => Proto.ReturnStatus.Open,
        ReturnStatus.Collecting => Proto.ReturnStatus.Built,
        ReturnStatus.Validated => Proto.ReturnStatus.Validated,
        ReturnStatus.SignedOff => Proto.ReturnStatus.SignedOff,
        _ => Proto.ReturnStatus.Submitted,
    };

    private static Proto.DueState DueStateOf(DueState state) => state switch
    {
        DueState.NotYetDue => Proto.DueState.NotYetDue,
        DueState.Approaching => Proto.DueState.Approaching,
        DueState.DueToday => Proto.DueState.DueToday,
        DueState.Overdue => Proto.DueState.Overdue,
        _ => Proto.DueState.Submitted,
    };
}
