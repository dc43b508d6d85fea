using Commissioning.Identity;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Protos.Workforce.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Grpc.Tests;

// The generated services, each answering from SampleServices. Every method needs a token, as a service's do.

[Authorize]
public sealed class SampleFinance(SampleServices sample) : FinanceService.FinanceServiceBase
{
    public override Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request, ServerCallContext context) =>
        sample.CheckHeadroom(request, context);

    public override Task<GetFundPositionResponse> GetFundPosition(GetFundPositionRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.FundPosition(request));

    [Authorize(Roles = Roles.FinanceOfficer)]
    public override Task<RecordCommitmentResponse> RecordCommitment(RecordCommitmentRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.Record(request));
}

/// <summary>ListContracts is left to the generated base on purpose: a declared method without a handler is UNIMPLEMENTED.</summary>
[Authorize]
public sealed class SampleContracts(SampleServices sample) : ContractsService.ContractsServiceBase
{
    public override Task<GetContractResponse> GetContract(GetContractRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.Contract(request));

    public override Task<CheckProviderEligibilityResponse> CheckProviderEligibility(CheckProviderEligibilityRequest request,
        ServerCallContext context) => Task.FromResult(SampleServices.Eligibility(request));

    public override Task<GetRateInForceResponse> GetRateInForce(GetRateInForceRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.Rate(request));

    public override Task<RaisePerformanceIssueResponse> RaisePerformanceIssue(RaisePerformanceIssueRequest request,
        ServerCallContext context) => sample.RaiseIssue(request, context);

    public override Task ListEligibleProviders(ListEligibleProvidersRequest request,
        IServerStreamWriter<ListEligibleProvidersResponse> responseStream, ServerCallContext context) =>
        sample.ListProviders(request, responseStream, context);
}

[Authorize]
public sealed class SampleWorkforce : WorkforceService.WorkforceServiceBase
{
    public override Task<GetEstablishmentSummaryResponse> GetEstablishmentSummary(GetEstablishmentSummaryRequest request,
        ServerCallContext context) => Task.FromResult(SampleServices.Establishment());
}

[Authorize]
public sealed class SampleCarePackages : CarePackagesService.CarePackagesServiceBase
{
    public override Task<GetPackageSummaryResponse> GetPackageSummary(GetPackageSummaryRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.Package(request));
}

[Authorize]
public sealed class SampleReturns : ReturnsService.ReturnsServiceBase
{
    public override Task<GetPeriodStatusResponse> GetPeriodStatus(GetPeriodStatusRequest request, ServerCallContext context) =>
        Task.FromResult(SampleServices.PeriodStatus(request));
}
