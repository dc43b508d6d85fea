using Commissioning.Protos;
using Commissioning.Protos.Finance.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.BetterCare;
using DomainFundKind = PooledFinance.Domain.Funds.FundKind;

namespace PooledFinance.Api.Grpc;

/// <summary>
/// What the BCF quarterly and end-of-year returns are made of (S:22-33): each Better Care Fund the host council
/// hosts, its position by scheme read from the books as the pool report reads them (<see cref="HostedBooks"/>), its
/// agreement's partners (statutory returns checks each has formally approved the s75 that pools it), and the
/// year's plan with the checks submission makes. Access as the pool report: the host's partners only.
/// </summary>
public sealed partial class FinanceGrpc
{
    [Authorize(Roles = Reporters)]
    public override async Task<ListHostedBetterCarePlansResponse> ListHostedBetterCarePlans(
        ListHostedBetterCarePlansRequest request, ServerCallContext call)
    {
        var hosted = await HostedBooks(request.Host, request.Period, call.CancellationToken);
        var response = new ListHostedBetterCarePlansResponse();
        foreach (var (books, position) in hosted.Funds.Where(f => f.Books.Fund.Kind == DomainFundKind.BetterCareFund))
        {
            var agreement = await store.Aggregates<Section75Agreement>().Get(books.Fund.AgreementId, "host");
            // A fund has one plan a year (the store's unique key); the year's is the one the return reports.
            var plan = (await store.Aggregates<BetterCareFundPlan>().List(books.Fund.Id.ToString(),
                cancellationToken: call.CancellationToken)).FirstOrDefault(p => p.Year == hosted.Year);
            response.Funds.Add(new HostedBetterCareFund
            {
                Position = Hosted(books.Fund, position), AgreementId = agreement.Id.ToString(),
                PartnerBodyIds = { agreement.PartnerBodyIds.Select(b => b.ToString()) },
                Plan = plan is null ? null : Plan(plan, hosted.BodyCodes),
            });
        }
        return response;
    }

    private static HostedBetterCarePlan Plan(BetterCareFundPlan plan, IReadOnlyDictionary<Guid, string> codes) => new()
    {
        PlanId = plan.Id.ToString(),
        Contributions =
        {
            plan.Contributions.Select(c => new BetterCarePlanContribution
            {
                BodyId = c.BodyId.ToString(), BodyCode = codes.GetValueOrDefault(c.BodyId, ""), Source = c.Source,
                Amount = c.Amount.ToProtoMoney(),
            }),
        },
        PlanTotal = plan.PlanTotal.ToProtoMoney(), LocalMinimum = plan.LocalMinimum?.ToProtoMoney(),
        MinimumShortfall = plan.MinimumShortfall?.ToProtoMoney(), CcgBodyId = plan.CcgBodyId.ToString(),
        CcgBudget = plan.CcgBudget.ToProtoMoney(), CcgTransferRequired = plan.CcgTransferRequired.ToProtoMoney(),
        CcgTransferGiven = plan.CcgContribution.ToProtoMoney(),
        Conditions =
        {
            plan.Conditions.Select(c => new BetterCarePlanCondition
                { Name = c.Name, Met = c.Met, Evidence = c.Evidence ?? "" }),
        },
        SubmittedOn = plan.SubmittedOn?.ToProtoDate(),
    };
}
