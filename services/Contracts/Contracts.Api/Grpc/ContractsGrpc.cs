using Commissioning.Domain;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.Protos.Contracts.V1;
using Contracts.Api.Apis;
using Contracts.Api.Events;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Agreements;
using Contracts.Domain.Markets;
using Contracts.Domain.Monitoring;
using DomainProvider = Contracts.Domain.Providers.Provider;

namespace Contracts.Api.Grpc;

/// <summary>
/// commissioning.contracts.v1.ContractsService: what care packages (brokerage, verification) and
/// pooled finance ask the contracts service while they work, and what a partner's contract
/// management system raises or lists.
/// </summary>
public static class ContractsGrpc
{
    private static readonly string[] Brokerage = [Roles.Broker, Roles.Verifier, Roles.SeniorVerifier, Roles.Commissioner];
    private static readonly string[] ContractReaders = [Roles.Commissioner, Roles.FinanceOfficer, Roles.PoolManager, Roles.Broker,
        Roles.Verifier, Roles.SeniorVerifier, Roles.Auditor, Roles.ProviderUser];

    public static RouteGroupBuilder MapContractsGrpc(this WebApplication app) =>
        app.MapGrpcService(CommissioningServices.Contracts, contracts =>
        {
            contracts.Unary<CheckProviderEligibilityRequest, CheckProviderEligibilityResponse>("CheckProviderEligibility", CheckEligibility).RequireRoles(Brokerage);
            contracts.ServerStreaming<ListEligibleProvidersRequest, ListEligibleProvidersResponse>("ListEligibleProviders", ListEligible).RequireRoles(Brokerage);
            contracts.Unary<GetRateInForceRequest, GetRateInForceResponse>("GetRateInForce", GetRateInForce).RequireRoles(Brokerage);
            contracts.Unary<GetContractRequest, GetContractResponse>("GetContract", GetContract).RequireRoles(ContractReaders);
            contracts.Unary<RaisePerformanceIssueRequest, RaisePerformanceIssueResponse>("RaisePerformanceIssue", RaisePerformanceIssue)
                .RequireRoles(Roles.Commissioner);
            contracts.Unary<ListContractsRequest, ListContractsResponse>("ListContracts", ListContracts).RequireRoles(ContractReaders);
        });

    private static async Task<CheckProviderEligibilityResponse> CheckEligibility(CheckProviderEligibilityRequest request, GrpcCallContext call)
    {
        var store = Store(call);
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
    private static async Task ListEligible(ListEligibleProvidersRequest request, IServerStreamWriter<ListEligibleProvidersResponse> responses, GrpcCallContext call)
    {
        var (store, segment, on) = (Store(call), Segment(request.ServiceType, request.Locality), request.On.ToDateOnly("on"));
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

    private static async Task<GetRateInForceResponse> GetRateInForce(GetRateInForceRequest request, GrpcCallContext call)
    {
        var (card, period) = await RateLookup.InForce(Store(call), Segment(request.ServiceType, request.Locality), request.Unit.ToDomain(), request.On.ToDateOnly("on"));
        return new GetRateInForceResponse
        {
            RateCardId = card.Id.ToString(), Rate = period.Amount.ToProtoMoney(), Unit = card.Unit.ToProto(),
            EffectiveFrom = period.EffectiveFrom.ToProtoDate(), EffectiveTo = period.EffectiveTo?.ToProtoDate(),
        };
    }

    /// <summary>Partner staff read any contract (open book); a provider user only its own.</summary>
    private static async Task<GetContractResponse> GetContract(GetContractRequest request, GrpcCallContext call)
    {
        var contract = await Store(call).Aggregates<CommissioningContract>().Get(ContractId(request.ContractId), "contractId");
        var caller = call.HttpContext.ContractsCaller();
        if (caller.IsProvider && !caller.IsCommissioner)
            ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanView(caller, contract), "contractId", "see another provider's contract");
        return new GetContractResponse { Contract = ToProto(contract, Today()) };
    }

    /// <summary>A commissioner party to the contract raises it; the provider answers by the due date (20 working days unless given).</summary>
    private static async Task<RaisePerformanceIssueResponse> RaisePerformanceIssue(RaisePerformanceIssueRequest request, GrpcCallContext call)
    {
        var store = Store(call);
        var contract = await store.Aggregates<CommissioningContract>().Get(ContractId(request.ContractId), "contractId");
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(call.HttpContext.ContractsCaller(), contract), "contractId",
            "monitor a contract its organisation is not party to");
        RuleViolation.Require(!string.IsNullOrWhiteSpace(request.Kpi), "kpi", "Name the KPI or outcome measure concerned.");
        RuleViolation.Require(!string.IsNullOrWhiteSpace(request.Description), "description", "Describe the shortfall the provider must answer.");
        var monitoring = await MonitoringApi.Of(store, contract.Id);
        var issue = monitoring.RaiseIssue($"{request.Kpi.Trim()}: {request.Description}", IssueSeverity.Medium, Today(),
            request.ResponseDue is null ? null : request.ResponseDue.ToDateOnly("responseDue"));
        await store.SaveChangesAsync();
        return new RaisePerformanceIssueResponse { IssueId = issue.Id.ToString(), ResponseDue = issue.ResponseDue.ToProtoDate() };
    }

    /// <summary>A provider's contracts by reference, a page at a time (the page token is the last reference sent); a provider user only its own.</summary>
    private static async Task<ListContractsResponse> ListContracts(ListContractsRequest request, GrpcCallContext call)
    {
        var caller = call.HttpContext.ContractsCaller();
        if (caller.IsProvider && !caller.IsCommissioner && !caller.IsProviderOf(request.ProviderCode))
            throw RuleViolation.Forbidden("providerCode", "A provider lists only its own contracts.");
        var size = request.Page?.PageSize is > 0 and <= 100 ? request.Page.PageSize : 50;
        var after = request.Page?.PageToken ?? "";
        var page = (await Store(call).Aggregates<CommissioningContract>().List())
            .Where(c => string.Equals(c.ProviderOdsCode, request.ProviderCode.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(c => string.CompareOrdinal(c.Reference, after) > 0)
            .OrderBy(c => c.Reference, StringComparer.Ordinal)
            .Take(size + 1).ToList();
        var today = Today();
        return new ListContractsResponse
        {
            Contracts = { page.Take(size).Select(c => ToProto(c, today)) },
            Page = new Commissioning.Protos.Common.V1.PageResponse { NextPageToken = page.Count > size ? page[size - 1].Reference : "" },
        };
    }

    private static Contract ToProto(CommissioningContract contract, DateOnly today) => new()
    {
        ContractId = contract.Id.ToString(), Reference = contract.Reference, Type = contract.Type.ToProto(), Status = contract.ProtoStatusOn(today),
        Provider = ProtoMapping.ProviderRef(contract.ProviderOdsCode), LeadCommissioner = ProtoMapping.CommissionerRef(contract.LeadCommissioner),
        FundId = contract.Funding.FundId.ToString(), AnnualValue = contract.AnnualValueOn(today).ToProtoMoney(),
        StartDate = contract.StartsOn.ToProtoDate(), EndDate = contract.LastDay.ToProtoDate(), NoticeMonths = contract.NoticeMonths,
        VariationCount = contract.Variations.Count,
    };

    private static Guid ContractId(string text) =>
        Guid.TryParse(text, out var parsed) ? parsed : throw RuleViolation.Invalid("contractId", $"'{text}' is not an id.");

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static ContractsStore Store(GrpcCallContext call) => call.HttpContext.RequestServices.GetRequiredService<ContractsStore>();

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
