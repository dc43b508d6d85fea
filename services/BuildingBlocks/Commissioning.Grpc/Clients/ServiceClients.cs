using Commissioning.Protos;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Protos.Workforce.V1;

namespace Commissioning.Grpc;

public sealed class ContractsClient(GrpcChannel channel) : GrpcClient(channel, CommissioningServices.Contracts)
{
    public Task<CheckProviderEligibilityResponse> CheckProviderEligibility(CheckProviderEligibilityRequest request, GrpcCallOptions? options = null) =>
        Unary<CheckProviderEligibilityRequest, CheckProviderEligibilityResponse>("CheckProviderEligibility", request, options);

    public IAsyncEnumerable<ListEligibleProvidersResponse> ListEligibleProviders(ListEligibleProvidersRequest request, GrpcCallOptions? options = null) =>
        ServerStreaming<ListEligibleProvidersRequest, ListEligibleProvidersResponse>("ListEligibleProviders", request, options);

    public Task<GetRateInForceResponse> GetRateInForce(GetRateInForceRequest request, GrpcCallOptions? options = null) =>
        Unary<GetRateInForceRequest, GetRateInForceResponse>("GetRateInForce", request, options);

    public Task<GetContractResponse> GetContract(GetContractRequest request, GrpcCallOptions? options = null) =>
        Unary<GetContractRequest, GetContractResponse>("GetContract", request, options);

    public Task<RaisePerformanceIssueResponse> RaisePerformanceIssue(RaisePerformanceIssueRequest request, GrpcCallOptions? options = null) =>
        Unary<RaisePerformanceIssueRequest, RaisePerformanceIssueResponse>("RaisePerformanceIssue", request, options);

    public Task<ListContractsResponse> ListContracts(ListContractsRequest request, GrpcCallOptions? options = null) =>
        Unary<ListContractsRequest, ListContractsResponse>("ListContracts", request, options);
}

public sealed class FinanceClient(GrpcChannel channel) : GrpcClient(channel, CommissioningServices.Finance)
{
    public Task<CheckHeadroomResponse> CheckHeadroom(CheckHeadroomRequest request, GrpcCallOptions? options = null) =>
        Unary<CheckHeadroomRequest, CheckHeadroomResponse>("CheckHeadroom", request, options);

    public Task<GetFundPositionResponse> GetFundPosition(GetFundPositionRequest request, GrpcCallOptions? options = null) =>
        Unary<GetFundPositionRequest, GetFundPositionResponse>("GetFundPosition", request, options);

    public Task<RecordCommitmentResponse> RecordCommitment(RecordCommitmentRequest request, GrpcCallOptions? options = null) =>
        Unary<RecordCommitmentRequest, RecordCommitmentResponse>("RecordCommitment", request, options);
}

public sealed class WorkforceClient(GrpcChannel channel) : GrpcClient(channel, CommissioningServices.Workforce)
{
    public Task<GetEstablishmentSummaryResponse> GetEstablishmentSummary(GetEstablishmentSummaryRequest request, GrpcCallOptions? options = null) =>
        Unary<GetEstablishmentSummaryRequest, GetEstablishmentSummaryResponse>("GetEstablishmentSummary", request, options);
}

public sealed class CarePackagesClient(GrpcChannel channel) : GrpcClient(channel, CommissioningServices.CarePackages)
{
    public Task<GetPackageSummaryResponse> GetPackageSummary(GetPackageSummaryRequest request, GrpcCallOptions? options = null) =>
        Unary<GetPackageSummaryRequest, GetPackageSummaryResponse>("GetPackageSummary", request, options);
}

public sealed class ReturnsClient(GrpcChannel channel) : GrpcClient(channel, CommissioningServices.Returns)
{
    public Task<GetPeriodStatusResponse> GetPeriodStatus(GetPeriodStatusRequest request, GrpcCallOptions? options = null) =>
        Unary<GetPeriodStatusRequest, GetPeriodStatusResponse>("GetPeriodStatus", request, options);
}
