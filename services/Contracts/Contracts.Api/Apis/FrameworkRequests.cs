using Contracts.Domain.Markets;

namespace Contracts.Api.Apis;

/// <summary>A lot: a service type in a locality.</summary>
public sealed record LotRequest(ServiceType ServiceType, string Locality)
{
    public MarketSegment ToSegment() => MarketSegment.Of(ServiceType, Locality);
}
public sealed record NewFramework(
    string Name, DateOnly OpensOn, DateOnly? ClosesOn, IReadOnlyList<LotRequest> Lots, bool RequiresLivingWage);
public sealed record AdmissionRequest(Guid ProviderId, IReadOnlyList<LotRequest> Lots, DateOnly AdmittedOn);
public sealed record ExclusionRequest(Guid ProviderId, string Reason, DateOnly ExcludedOn);
public sealed record ReassessmentRequest(Guid ProviderId, DateOnly On);
