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

    private static AuthorisingDecision? Decision(AgreementDecision? decision) => decision is null ? null : new(
        decision.DecisionId.ToId("authorisingDecisionId"), decision.AgreementId.ToId("authorisingDecisionId"),
        decision.Kind == DecisionKind.ContractAward, decision.Kind.ToString(),
        decision.DecidedOn.ToDateOnly("authorisingDecisionId"));

    private static DateOnly? Date(Commissioning.Protos.Common.V1.Date? date) =>
        date is null ? null : date.ToDateOnly("section75AgreementId");
}
