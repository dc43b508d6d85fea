using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Protos;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Common.V1;
using Contracts.Api.Apis;
using Contracts.Api.Events;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.Markets;
using Contracts.Domain.Monitoring;
using Contracts.Domain.SeedWork;
using DomainProvider = Contracts.Domain.Providers.Provider;
using Commissioning.ServiceDefaults;

namespace Contracts.Api.Grpc;

/// <summary>
/// commissioning.contracts.v1.ContractsService: what care packages (brokerage, verification) and
/// pooled finance ask the contracts service while they work, and what commissioners' and providers'
/// systems do over gRPC: raise a performance issue, list a provider's contracts. The caller is the original
/// one (the token travels between services), and the store admits only its tenancies (<see cref="ContractsTenancy"/>):
/// a contract, rate card or framework of another organisation is NOT_FOUND, and lists hold only the caller's.
/// Within them, staff of a party read its contracts and a provider user only its own. "Today" is the London date
/// of the service's clock. Every method needs a token (UNAUTHENTICATED without); a wrong role is PERMISSION_DENIED.
/// </summary>
[Authorize]
public sealed class ContractsGrpc(ContractsStore store, TimeProvider clock) : ContractsService.ContractsServiceBase
{
    private const string Brokerage = Roles.Broker + "," + Roles.Verifier + "," + Roles.SeniorVerifier + "," + Roles.Commissioner;
    private const string ContractReaders = Roles.Commissioner + "," + Roles.FinanceOfficer + "," + Roles.PoolManager + ","
        + Roles.Broker + "," + Roles.Verifier + "," + Roles.SeniorVerifier + "," + Roles.Auditor + "," + Roles.ProviderUser;

    [Authorize(Roles = Brokerage)]
    public override async Task<CheckProviderEligibilityResponse> CheckProviderEligibility(CheckProviderEligibilityRequest request,
        ServerCallContext call)
    {
        var segment = Segment(request.ServiceType, request.Locality);
        var provider = (await store.Aggregates<DomainProvider>().List(LookupKeys.Provider(request.ProviderCode))).SingleOrDefault()
            ?? throw RuleViolation.NotFound("providerCode", $"There is no provider {request.ProviderCode}.");
        var (reasons, frameworkId) = await ProviderEligibility.Check(store, provider, segment, request.On.ToDateOnly("on"));
        return new CheckProviderEligibilityResponse
        {
            Eligible = reasons.Count == 0, Reasons = { reasons.Select(ToProto) }, CqcRating = provider.CqcRating.ToProto(),
            FrameworkId = frameworkId?.ToString() ?? "",
        };
    }

    /// <summary>In-borough providers first; those on other localities' lots only when the request asks for them.</summary>
    [Authorize(Roles = Brokerage)]
    public override async Task ListEligibleProviders(ListEligibleProvidersRequest request,
        IServerStreamWriter<ListEligibleProvidersResponse> responses, ServerCallContext call)
    {
        var (segment, on) = (Segment(request.ServiceType, request.Locality), request.On.ToDateOnly("on"));
        foreach (var provider in await ProviderEligibility.Eligible(store, segment, on))
            await responses.WriteAsync(Listed(provider, inBorough: true));
        if (!request.IncludeOutOfBorough) return;
        foreach (var provider in await ProviderEligibility.EligibleElsewhere(store, segment, on))
            await responses.WriteAsync(Listed(provider, inBorough: false));
    }

    private static ListEligibleProvidersResponse Listed(EligibleProvider provider, bool inBorough) => new()
    {
        Provider = ProtoMapping.ProviderRef(provider.OdsCode, provider.Name), CqcRating = provider.CqcRating.ToProto(),
        PaysLivingWage = provider.PaysLivingWage, InBorough = inBorough, VacantPlaces = provider.Capacity,
    };

    [Authorize(Roles = Brokerage)]
    public override async Task<GetRateInForceResponse> GetRateInForce(GetRateInForceRequest request, ServerCallContext call)
    {
        var (card, period) = await RateLookup.InForce(store, Segment(request.ServiceType, request.Locality), request.Unit.ToDomain(), request.On.ToDateOnly("on"));
        return new GetRateInForceResponse
        {
            RateCardId = card.Id.ToString(), Rate = period.Amount.ToProtoMoney(), Unit = card.Unit.ToProto(),
            EffectiveFrom = period.EffectiveFrom.ToProtoDate(), EffectiveTo = period.EffectiveTo?.ToProtoDate(),
        };
    }

    /// <summary>Staff of a party read the contract; a provider user only its own; anyone else finds none.</summary>
    [Authorize(Roles = ContractReaders)]
    public override async Task<GetContractResponse> GetContract(GetContractRequest request, ServerCallContext call)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(ContractId(request.ContractId),
            "contractId");
        DemandOwnIfProvider(call, contract.ProviderOdsCode, "contractId", "see another provider's contract");
        return new GetContractResponse { Contract = contract.ToProto(Today()) };
    }

    /// <summary>
    /// A registered provider's contracts the caller's organisation is party to, filtered and paged in the
    /// store (<see cref="ContractPage"/>). A provider user
    /// is refused another provider's list before the code is looked up, so it learns nothing of it.
    /// </summary>
    [Authorize(Roles = ContractReaders)]
    public override async Task<ListContractsResponse> ListContracts(ListContractsRequest request, ServerCallContext call)
    {
        ContractsApiRules.ContractsListedByProvider.Require(!string.IsNullOrWhiteSpace(request.ProviderCode),
            "providerCode", "Name the provider (its ODS code).");
        var providerCode = LookupKeys.Provider(request.ProviderCode);
        DemandOwnIfProvider(call, providerCode, "providerCode", "list another provider's contracts");
        if ((await store.Aggregates<DomainProvider>().List(providerCode)).Count == 0)
            throw RuleViolation.NotFound("providerCode", $"There is no provider {providerCode}.");
        var (contracts, next) = await ContractPage.Of(store.Aggregates<CommissioningContract>(),
            LookupKeys.ContractsOf(providerCode), request.Page, call.CancellationToken);
        var today = Today();
        return new ListContractsResponse
        {
            Contracts = { contracts.Select(c => c.ToProto(today)) }, Page = new PageResponse { NextPageToken = next },
        };
    }

    /// <summary>
    /// Raises a performance issue today on a contract the caller's organisation is party to, as the REST
    /// monitoring API does. The proto has no severity: an issue raised over gRPC is Medium, as a missed KPI
    /// is. The response is due on the day asked for (a later working day) or 20 working days from today.
    /// </summary>
    [Authorize(Roles = Roles.Commissioner)]
    public override async Task<RaisePerformanceIssueResponse> RaisePerformanceIssue(RaisePerformanceIssueRequest request,
        ServerCallContext call)
    {
        var contract = await store.Aggregates<CommissioningContract>().Get(ContractId(request.ContractId),
            "contractId");
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(call.GetHttpContext().ContractsCaller(), contract), "contractId",
            "raise an issue on a contract its organisation is not party to");
        var description = Text.Required(request.Description, "description");
        var responseDue = request.ResponseDue is null ? (DateOnly?)null : request.ResponseDue.ToDateOnly("responseDue");
        var monitoring = await MonitoringApi.Of(store, contract.Id);
        var issue = monitoring.RaiseIssue(description, IssueSeverity.Medium, Today(), request.Kpi, responseDue);
        await store.SaveChangesAsync(call.CancellationToken);
        return new RaisePerformanceIssueResponse { IssueId = issue.Id.ToString(), ResponseDue = issue.ResponseDue.ToProtoDate() };
    }

    /// <summary>
    /// The GetContract rule within the tenancy: a party's staff read its contracts; a provider user only its own.
    /// </summary>
    private static void DemandOwnIfProvider(ServerCallContext call, string providerOdsCode, string field, string action)
    {
        var caller = call.GetHttpContext().ContractsCaller();
        if (caller.IsProvider && !caller.IsCommissioner)
            ContractsAccessPolicy.Demand(caller.IsProviderOf(providerOdsCode), field, action);
    }

    private static Guid ContractId(string text) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw ContractsApiRules.ContractIdGiven.Broken("contractId", $"'{text}' is not an id.");

    private DateOnly Today() => clock.LondonToday();

    private static MarketSegment Segment(string serviceType, string locality) => QueryValues.Segment(serviceType, locality);

    private static IneligibilityReason ToProto(Ineligibility reason) => reason switch
    {
        Ineligibility.NotOnFramework or Ineligibility.Excluded => IneligibilityReason.NotOnFramework,
        Ineligibility.Suspended => IneligibilityReason.Suspended,
        Ineligibility.CqcInadequate => IneligibilityReason.CqcInadequate,
        Ineligibility.SeriousConcern => IneligibilityReason.SeriousConcern,
        _ => IneligibilityReason.NoCapacity,
    };
}
