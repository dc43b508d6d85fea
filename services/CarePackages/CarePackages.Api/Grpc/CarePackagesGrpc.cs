using CarePackages.Api.Apis;
using CarePackages.Api.Events;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Packages;
using CarePackages.Domain.Planning;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Common.V1;
using ProtoStatus = Commissioning.Protos.CarePackages.V1.PackageStatus;

namespace CarePackages.Api.Grpc;

/// <summary>
/// commissioning.carepackages.v1.CarePackagesService: what other services (pooled finance, returns)
/// ask about a package while they work. The package is named by its support plan's id, as in the events;
/// the answer carries the person's reference only.
/// </summary>
[Authorize]
public sealed class CarePackagesGrpc(CarePackagesStore store) : CarePackagesService.CarePackagesServiceBase
{
    private const string Callers = Roles.FinanceOfficer + "," + Roles.PoolManager + "," + Roles.Commissioner + "," + Roles.Verifier + ","
        + Roles.SeniorVerifier + "," + Roles.Broker + "," + Roles.ReturnsOfficer + "," + Roles.Auditor;

    [Authorize(Roles = Callers)]
    public override async Task<GetPackageSummaryResponse> GetPackageSummary(GetPackageSummaryRequest request, ServerCallContext call)
    {
        var planId = Guid.TryParse(request.PackageId, out var id) ? id : throw RuleViolation.Invalid("packageId", $"'{request.PackageId}' is not an id.");
        var plan = await store.Aggregates<SupportPlan>().Get(planId, "packageId");
        var package = (await store.Aggregates<CarePackage>().List(LookupKeys.Of(planId))).LastOrDefault();
        var inBrokerage = (await store.Aggregates<PlacementRequest>().List(LookupKeys.Of(planId))).Any(r => r.Status != PlacementStatus.Awarded);
        var response = new GetPackageSummaryResponse
        {
            PackageId = request.PackageId, Person = new PersonRef { Pseudonym = plan.PersonReference },
            Status = Status(plan, package, inBrokerage),
            ServiceType = plan.CostLines.Count > 0 ? CarePackagesEvents.Code(plan.CostLines[0].ServiceType) : "",
            StartDate = (package?.StartDate ?? plan.StartDate)?.ToProtoDate(), EndDate = package?.EndDate?.ToProtoDate(),
            NextReviewDate = package?.NextReviewDue.ToProtoDate(),
        };
        if (package is not null)
        {
            var provider = package.Lines.FirstOrDefault(l => l.ProviderId is not null)?.ProviderId;
            if (provider is { } providerId)
            {
                await store.Recall([providerId]);
                response.Provider = CarePackagesEvents.Provider(store, providerId);
            }
            response.WeeklyCost = package.PersonalBudgetWeekly.ToProtoMoney();
            response.Funding.AddRange(CarePackagesEvents.FundingShares(package.Funding, package.PersonalBudgetWeekly));
        }
        else
        {
            response.WeeklyCost = plan.CostLines.Sum(l => l.Cost.WeeklyCost).ToProtoMoney();
            if (plan.Status == SupportPlanStatus.Agreed && (await store.VerificationOf(planId)).Funding is { } funding)
                response.Funding.AddRange(CarePackagesEvents.FundingShares(funding, plan.CostLines.Sum(l => l.Cost.WeeklyCost)));
        }
        return response;
    }

    private static ProtoStatus Status(SupportPlan plan, CarePackage? package, bool inBrokerage) => package?.Status switch
    {
        Domain.Packages.PackageStatus.Ended => ProtoStatus.Ended,
        not null => ProtoStatus.Live,
        null when plan.Status != SupportPlanStatus.Agreed => ProtoStatus.Planned,
        null when inBrokerage => ProtoStatus.InBrokerage,
        null => ProtoStatus.Verified,
    };
}
