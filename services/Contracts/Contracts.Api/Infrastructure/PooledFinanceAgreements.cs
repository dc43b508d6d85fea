using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Contracts.Domain.Agreements;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// Section 75 agreements live in pooled finance; contracts asks it, over gRPC with the caller's token
/// ("Services:PooledFinance", default http://pooled-finance:8081), where one stands before awarding under it.
/// </summary>
public static class PooledFinanceAgreements
{
    public static IServiceCollection AddPooledFinanceAgreements(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddPartnerGrpcClient<FinanceService.FinanceServiceClient>(CommissioningServices.Finance,
            o => o.Address = new Uri(configuration["Services:PooledFinance"] ?? "http://pooled-finance:8081"));
        return services;
    }

    /// <summary>
    /// The agreement's standing, and the authorising decision's when one is named, in one call; pooled finance
    /// refuses a caller who is not one of its partners.
    /// </summary>
    public static async Task<Section75Standing> StandingOf(this FinanceService.FinanceServiceClient finance,
        Guid agreementId, Guid? decisionId, CancellationToken cancellationToken)
    {
        var request = new GetAgreementStandingRequest
        {
            AgreementId = agreementId.ToString(), DecisionId = decisionId?.ToString() ?? "",
        };
        var answer = await finance.GetAgreementStandingAsync(request, cancellationToken: cancellationToken);
        return new Section75Standing(agreementId, Date(answer.SignedOn), Date(answer.InForceFrom), Date(answer.EndsOn),
            Decision(answer.Decision));
    }

    /// <summary>
    /// The decision as contracts judges it. An unspecified outcome comes from a pooled finance that predates outcomes,
    /// whose every decision was an approval authorising from its own day.
    /// </summary>
    private static AuthorisingDecision? Decision(AgreementDecision? decision)
    {
        if (decision is null) return null;
        var decidedOn = decision.DecidedOn.ToDateOnly("authorisingDecisionId");
        return new AuthorisingDecision(decision.DecisionId.ToId("authorisingDecisionId"),
            decision.AgreementId.ToId("authorisingDecisionId"), decision.Kind == DecisionKind.ContractAward,
            decision.Kind.ToString(), decidedOn)
        {
            Resolved = decision.Outcome switch
            {
                DecisionOutcome.ApprovedWithConditions => "approved with conditions",
                DecisionOutcome.Deferred => "deferred",
                DecisionOutcome.Refused => "refused",
                _ => "approved",
            },
            AuthorisesFrom = decision.Outcome == DecisionOutcome.Unspecified ? decidedOn
                : decision.AuthorisesFrom is { } from ? from.ToDateOnly("authorisingDecisionId") : null,
        };
    }

    private static DateOnly? Date(Commissioning.Protos.Common.V1.Date? date) =>
        date is null ? null : date.ToDateOnly("section75AgreementId");
}
