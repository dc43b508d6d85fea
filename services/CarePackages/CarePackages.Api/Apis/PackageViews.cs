using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.Packages;

namespace CarePackages.Api.Apis;

/// <summary>
/// A live package: its funding, its lines with every price version, the adjustments back-dated
/// changes made, reviews and suspensions, and the weekly personal budget as now priced.
/// </summary>
public sealed record CarePackageView(
    Guid Id, Guid SupportPlanId, string PersonReference, Cohort Cohort, FundingSplitView Funding,
    PackageStatus Status, DateOnly StartDate, DateOnly? EndDate, EndReason? EndReason, DateOnly NextReviewDue,
    IReadOnlyList<PackageLineView> Lines, IReadOnlyList<CostAdjustmentView> Adjustments,
    IReadOnlyList<PackageReviewView> Reviews, IReadOnlyList<SuspensionView> Suspensions,
    decimal PersonalBudgetWeekly, decimal DirectPaymentWeekly, FinancialAssessmentView? FinancialAssessment)
{
    public static CarePackageView Of(CarePackage p) => new(
        p.Id, p.SupportPlanId, p.PersonReference, p.Cohort, FundingSplitView.Of(p.Funding)!, p.Status, p.StartDate,
        p.EndDate, p.EndReason, p.NextReviewDue, p.Lines.Select(PackageLineView.Of).ToList(),
        p.Adjustments.Select(CostAdjustmentView.Of).ToList(),
        p.Reviews.Select(r => new PackageReviewView(r.On, r.Reason, r.Method, r.Outcome)).ToList(),
        p.Suspensions.Select(s => new SuspensionView(s.From, s.Until, s.Reason)).ToList(),
        p.PersonalBudgetWeekly, p.DirectPaymentWeekly, FinancialAssessmentView.Of(p.FinancialAssessment));
}

/// <summary>The council's financial assessment: due from the start until its outcome is recorded.</summary>
public sealed record FinancialAssessmentView(bool Due, DateOnly RequestedOn, ChargingOutcome? Outcome,
    decimal? WeeklyContribution, DateOnly? AssessedOn)
{
    public static FinancialAssessmentView? Of(FinancialAssessment? a) => a is null ? null
        : new(a.IsDue, a.RequestedOn, a.Outcome, a.WeeklyContribution, a.AssessedOn);
}

/// <summary>A live package whose financial assessment the council owes, on the charging team's worklist.</summary>
public sealed record FinancialAssessmentDueView(Guid PackageId, Guid SupportPlanId, string PersonReference,
    DateOnly RequestedOn, decimal PersonalBudgetWeekly)
{
    public static FinancialAssessmentDueView Of(CarePackage p) => new(p.Id, p.SupportPlanId, p.PersonReference,
        p.FinancialAssessment!.RequestedOn, p.PersonalBudgetWeekly);
}

/// <summary>One line of the package, how it is delivered and by whom, priced by appended versions.</summary>
public sealed record PackageLineView(
    Guid Id, Guid PlanLineId, ServiceType ServiceType, string Description, DeliveryMechanism Mechanism,
    Guid? ProviderId, DateOnly StartDate, IReadOnlyList<CostLineVersionView> Versions, CostLineVersionView Current)
{
    public static PackageLineView Of(PackageCostLine l) => new(
        l.Id, l.PlanLineId, l.ServiceType, l.Description, l.Mechanism, l.ProviderId, l.StartDate,
        l.Versions.Select(CostLineVersionView.Of).ToList(), CostLineVersionView.Of(l.Current));
}

/// <summary>A price of a line from a date, recorded on a day, with the reason for the change.</summary>
public sealed record CostLineVersionView(
    int Number, CostBasisView Cost, DateOnly EffectiveFrom, DateOnly RecordedOn, string Reason)
{
    public static CostLineVersionView Of(CostLineVersion v) =>
        new(v.Number, CostBasisView.Of(v.Cost), v.EffectiveFrom, v.RecordedOn, v.Reason);
}

/// <summary>What a back-dated price change adds (or takes back) for days already committed.</summary>
public sealed record CostAdjustmentView(
    Guid Id, Guid LineId, int Version, DateOnly From, DateOnly To, decimal Amount, DateOnly RecordedOn)
{
    public static CostAdjustmentView Of(CostAdjustment a) =>
        new(a.Id, a.LineId, a.Version, a.From, a.To, a.Amount, a.RecordedOn);
}

/// <summary>A review of the package, planned or not, and how it was carried out.</summary>
public sealed record PackageReviewView(DateOnly On, ReviewReason Reason, ReviewMethod Method, string Outcome);

/// <summary>A pause of the package from a date until it resumes.</summary>
public sealed record SuspensionView(DateOnly From, DateOnly? Until, string Reason);
