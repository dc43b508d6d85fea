using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using Commissioning.Domain.Costing;

namespace CarePackages.Api.Apis;

/// <summary>
/// A support plan: the eligible needs it must address, its costed lines and other support, who
/// drafted it and where it stands on the way to verification.
/// </summary>
public sealed record SupportPlanView(
    Guid Id, Guid AssessmentId, string PersonReference, Guid DraftedByOrganisationId, Guid DraftedByUserId,
    DateOnly DraftedOn, SupportPlanStatus Status, IReadOnlyList<PlannedNeedView> Needs,
    IReadOnlyList<PlanCostLineView> CostLines, IReadOnlyList<OtherSupportView> OtherSupport, DateOnly? StartDate,
    IReadOnlyList<PlannedNeedView> UnaddressedNeeds, DelegatedDeliveryView? Delegation, bool AtRiskOfCrisis,
    CrisisPlanOfferView? CrisisPlan, bool CrisisPlanMissing)
{
    public static SupportPlanView Of(SupportPlan p) => new(
        p.Id, p.AssessmentId, p.PersonReference, p.DraftedByOrganisationId, p.DraftedByUserId, p.DraftedOn, p.Status,
        p.Needs.Select(PlannedNeedView.Of).ToList(), p.CostLines.Select(PlanCostLineView.Of).ToList(),
        p.OtherSupport.Select(o => new OtherSupportView(o.NeedId, o.Source, o.Description)).ToList(), p.StartDate,
        p.UnaddressedNeeds.Select(PlannedNeedView.Of).ToList(), DelegatedDeliveryView.Of(p.Delegation),
        p.AtRiskOfCrisis, p.CrisisPlan is { } c ? new(c.OfferedOn, c.Accepted, c.Reference) : null,
        p.CrisisPlanMissing);
}

/// <summary>The crisis plan offered to a person at risk of crisis (A §1.22 L502).</summary>
public sealed record CrisisPlanOfferView(DateOnly OfferedOn, bool Accepted, string? Reference);

/// <summary>
/// The council's count of crisis plans (A §1.22 L502): its plans for people at risk of crisis, how many were
/// offered one, and a page of those still missing one, oldest change first.
/// </summary>
public sealed record CrisisPlanReport(int AtRiskOfCrisis, int Offered, int Missing,
    IReadOnlyList<CrisisPlanMissingView> MissingPlans);

/// <summary>A plan for someone at risk of crisis who has not been offered a crisis plan.</summary>
public sealed record CrisisPlanMissingView(Guid SupportPlanId, string PersonReference, DateOnly DraftedOn,
    SupportPlanStatus Status)
{
    public static CrisisPlanMissingView Of(SupportPlan p) => new(p.Id, p.PersonReference, p.DraftedOn, p.Status);
}

/// <summary>An eligible need carried from the assessment into the plan.</summary>
public sealed record PlannedNeedView(Guid NeedId, WellbeingArea Area, string Description)
{
    public static PlannedNeedView Of(PlannedNeed n) => new(n.NeedId, n.Area, n.Description);
}

/// <summary>Support for a need that the council does not pay for.</summary>
public sealed record OtherSupportView(Guid NeedId, SupportSource Source, string Description);

/// <summary>A costed line of the plan against one need.</summary>
public sealed record PlanCostLineView(
    Guid Id, Guid NeedId, ServiceType ServiceType, string Description, CostBasisView Cost, DateOnly StartDate)
{
    public static PlanCostLineView Of(PlanCostLine l) =>
        new(l.Id, l.NeedId, l.ServiceType, l.Description, CostBasisView.Of(l.Cost), l.StartDate);
}

/// <summary>A price as CLD reads it: unit cost, frequency, planned units a week where the frequency needs them,
/// and the weekly cost to the penny (zero for a one-off cost).</summary>
public sealed record CostBasisView(
    decimal UnitCost, CostFrequency Frequency, decimal? PlannedUnitsPerWeek, bool IsOneOff, decimal WeeklyCost)
{
    public static CostBasisView Of(CostBasis c) =>
        new(c.UnitCost, c.Frequency, c.PlannedUnitsPerWeek, c.IsOneOff, c.WeeklyCost);
}
