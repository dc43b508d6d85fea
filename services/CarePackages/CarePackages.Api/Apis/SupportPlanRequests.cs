using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using Commissioning.Domain.Costing;

namespace CarePackages.Api.Apis;

/// <summary>The day the plan is drafted from the completed assessment.</summary>
public sealed record NewSupportPlan(DateOnly DraftedOn);
/// <summary>Nullable where the domain names the missing value itself ("costFrequency", "unitCost", "serviceType").
/// </summary>
public sealed record NewCostLine(Guid NeedId, ServiceType? ServiceType, string Description, decimal? UnitCost,
    CostFrequency? CostFrequency, decimal? PlannedUnitsPerWeek, DateOnly StartDate);
/// <summary>Support for a need from family, friends, the voluntary sector or universal services.</summary>
public sealed record NewOtherSupport(Guid NeedId, SupportSource Source, string Description);
/// <summary>The day of a step in the plan's way to verification.</summary>
public sealed record PlanStep(DateOnly On);
/// <summary>Whether the person may be at risk of crisis, as the practitioner judges it (A §1.22 L502).</summary>
public sealed record CrisisRisk(bool AtRisk);
/// <summary>A crisis plan offered: the day, whether the person took it up, and the crisis plan's reference if so.
/// </summary>
public sealed record CrisisPlanOfferRequest(DateOnly OfferedOn, bool Accepted, string? Reference = null);
