using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The other services this one asks while it works, over gRPC with their proto contracts:
/// pooled finance ("Services:PooledFinance", default http://pooled-finance:8081) and contracts
/// ("Services:Contracts", default http://contracts:8081). The caller's token is forwarded.
/// </summary>
public static class PartnerServices
{
    public static IServiceCollection AddPartnerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPartnerGrpcClient<FinanceClient>(CommissioningServices.Finance,
            o => o.Address = new Uri(configuration["Services:PooledFinance"] ?? "http://pooled-finance:8081"));
        services.AddPartnerGrpcClient<ContractsClient>(CommissioningServices.Contracts,
            o => o.Address = new Uri(configuration["Services:Contracts"] ?? "http://contracts:8081"));
        return services;
    }

    /// <summary>
    /// What is left this financial year on each budget line of the funding split, from pooled finance:
    /// the year is the one the plan starts in, as the commitment's. The amount asked about is nil, since
    /// only the headroom is wanted; the domain compares it with the commitment.
    /// </summary>
    public static async Task<IReadOnlyList<BudgetHeadroom>> Headroom(this FinanceClient finance, SupportPlan plan, FundingSplit? funding)
    {
        var shares = funding?.Shares
            ?? throw FundingRules.FundingSplitSet.Broken("funding", "Set the funding split before agreeing.");
        var start = plan.StartDate
            ?? throw VerificationRules.PlanHasCostLines.Broken("costLines", "The plan has no cost lines.");
        var year = new Commissioning.Protos.Common.V1.FinancialYear { StartYear = FinancialYear.Containing(start).Start.Year };
        var headroom = new List<BudgetHeadroom>();
        foreach (var share in shares)
        {
            var answer = await finance.CheckHeadroomAsync(new CheckHeadroomRequest { BudgetLineId = share.BudgetLineCode, Amount = 0m.ToProtoMoney(), FinancialYear = year });
            headroom.Add(new BudgetHeadroom(share.FundId, share.BudgetLineCode, answer.Headroom.ToPounds()));
        }
        return headroom;
    }
}
