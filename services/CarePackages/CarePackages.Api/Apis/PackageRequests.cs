using CarePackages.Domain.Costing;
using CarePackages.Domain.Packages;
using Commissioning.Domain.Costing;

namespace CarePackages.Api.Apis;

/// <summary>A price in the line's own terms; the domain names a missing unit cost or frequency itself.</summary>
public sealed record CostRequest(decimal? UnitCost, CostFrequency? CostFrequency, decimal? PlannedUnitsPerWeek = null)
{
    public CostBasis ToBasis() => CostBasis.Create(UnitCost, CostFrequency, PlannedUnitsPerWeek);
}
/// <summary>How one plan line is delivered: by a provider named by code, or as a direct payment (no provider).
/// </summary>
public sealed record ArrangementRequest(
    Guid PlanLineId, DeliveryMechanism Mechanism, string? ProviderCode = null, CostRequest? BrokeredCost = null);
/// <summary>A live package from an agreed plan, every plan line arranged exactly once.</summary>
public sealed record NewPackage(
    Guid SupportPlanId, DateOnly StartDate, IReadOnlyList<ArrangementRequest> Arrangements);
/// <summary>
/// A new price for a line from <c>EffectiveFrom</c>, recorded on <c>RecordedOn</c>: earlier days already
/// committed get an adjustment.
/// </summary>
public sealed record CostChangeRequest(Guid LineId, decimal? UnitCost, CostFrequency? CostFrequency,
    DateOnly EffectiveFrom, DateOnly RecordedOn, string Reason, decimal? PlannedUnitsPerWeek = null);
/// <summary>A review of the package: when, why, how and what it concluded.</summary>
public sealed record ReviewRequest(
    DateOnly ReviewedOn, ReviewReason ReviewReason, ReviewMethod MethodOfReview, string Outcome);
/// <summary>The package pauses from a date.</summary>
public sealed record SuspensionRequest(DateOnly From, string Reason);
/// <summary>The day a suspended package resumes.</summary>
public sealed record ResumptionRequest(DateOnly ResumedOn);
/// <summary>The package's last day and why it ends.</summary>
public sealed record EndRequest(DateOnly EndDate, EndReason EndReason);
/// <summary>
/// The council's financial assessment of the package: the charging outcome, the weekly contribution when the
/// outcome is a contribution, and the day it was assessed.
/// </summary>
public sealed record FinancialAssessmentRequest(ChargingOutcome Outcome, DateOnly AssessedOn,
    decimal? WeeklyContribution = null);
