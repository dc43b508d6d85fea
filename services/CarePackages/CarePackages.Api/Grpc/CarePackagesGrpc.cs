using CarePackages.Api.Apis;
using CarePackages.Api.Events;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Packages;
using CarePackages.Domain.People;
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

    /// <summary>The most references one ListPeopleForReturn call names; a larger return asks in batches.</summary>
    public const int MaxPeopleForReturn = 1_000;

    [Authorize(Roles = Callers)]
    public override async Task<GetPackageSummaryResponse> GetPackageSummary(GetPackageSummaryRequest request, ServerCallContext call)
    {
        var planId = Guid.TryParse(request.PackageId, out var id) ? id
            : throw CarePackagesApiRules.IdGiven.Broken("packageId", $"'{request.PackageId}' is not an id.");
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

    /// <summary>
    /// The CLD person fields of the council's people named (issue 18 cap. 2; anchors-refresh §2 L37: year and month
    /// of birth only), asked by the council's returns officer at extract time so that identity never rests in the
    /// returns service. Only that council's officer asks (a provider user never: P, statutory returns are not
    /// delegated), and the store admits only the council's people, so another council's reference is absent as an
    /// unknown one is. Care packages records no gender, ethnicity, client type or primary support reason yet.
    /// </summary>
    [Authorize(Roles = Roles.ReturnsOfficer)]
    public override async Task<ListPeopleForReturnResponse> ListPeopleForReturn(ListPeopleForReturnRequest request,
        ServerCallContext call)
    {
        var caller = Caller.From(call.GetHttpContext().User);
        if (caller.IsIn(Roles.ProviderUser))
            throw CarePackagesApiRules.ReturnsForTheCouncil.Broken("council",
                "A provider user never reads people for a statutory return.");
        var council = request.Council?.Code ?? "";
        CarePackagesApiRules.ReturnAskedOfACouncil.Require(council.Trim().Length > 0, "council.code",
            "Name the council whose return it is.");
        // Another council's people are not to be known to exist: as a record of another tenancy, not found.
        if (PlatformIds.NormalCode(council) != PlatformIds.NormalCode(caller.Organisation))
            throw RuleViolation.NotFound("council", "The caller's council holds no people of that council.");
        CarePackagesApiRules.ReturnAskedOfACouncil.Require(request.PersonReferences.Count <= MaxPeopleForReturn,
            "personReferences",
            $"At most {MaxPeopleForReturn:N0} people are asked for in one call.");
        var people = await store.Aggregates<Person>()
            .ListByKeys([.. request.PersonReferences.Distinct(StringComparer.Ordinal)], call.CancellationToken);
        var response = new ListPeopleForReturnResponse();
        response.People.AddRange(people.Select(p => new PersonForReturn
        {
            Person = new PersonRef { Pseudonym = p.Reference },
            YearOfBirth = p.DateOfBirth.Year, MonthOfBirth = p.DateOfBirth.Month,
        }));
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
