using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Costing;

namespace CarePackages.Api.Apis;

/// <summary>Why a placement may go to providers out of borough.</summary>
public sealed record ExceptionRequest(string Reason);
/// <summary>The providers are not given: contracts says who is eligible (see <see cref="ProviderMarket"/>).</summary>
public sealed record NewPlacementRequest(Guid SupportPlanId, ServiceType ServiceType, string Locality,
    DateOnly StartDate, string NeedsSummary, ExceptionRequest? OutOfBoroughException = null);
/// <summary>An invited provider's weekly price for the placement.</summary>
public sealed record OfferRequest(decimal WeeklyPrice, string? Notes = null);
/// <summary>Why the broker declines an offer.</summary>
public sealed record OfferDeclineRequest(string Reason);
/// <summary>The offer the broker awards, with a reason when it is not the top-ranked one.</summary>
public sealed record AwardRequest(Guid OfferId, string? Reason = null);
/// <summary>Another round, out of borough too if an exception is given now or was before.</summary>
public sealed record RebrokerRequest(ExceptionRequest? OutOfBoroughException = null);
