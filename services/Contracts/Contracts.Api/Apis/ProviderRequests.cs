using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

/// <summary>A provider to register: its ODS code is its unique key on the register.</summary>
public sealed record NewProvider(string Name, string OdsCode, ProviderSector Sector, string? CqcLocationId);
public sealed record CqcRatingRequest(CqcRating Rating, DateOnly RatedOn);
public sealed record LivingWageRequest(LivingWageStatus Status, DateOnly ConfirmedOn);
public sealed record CapacityRequest(ServiceType ServiceType, string Locality, int Places);
public sealed record ProviderStatusRequest(string Reason, DateOnly On);
public sealed record ProviderDateRequest(DateOnly On);
