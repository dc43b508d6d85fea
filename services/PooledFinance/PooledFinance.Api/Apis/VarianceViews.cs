using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Apis;

public sealed record IdentifyVariance(string FinancialYear, int Month, DateOnly IdentifiedOn);
public sealed record NotificationRequest(IReadOnlyList<Guid> NotifiedBodyIds, DateOnly NotifiedOn);

/// <summary>The partners' joint plan to bring a variance back (P:L409-413).</summary>
public sealed record JointActionPlanView(string Summary, string PreparedBy, DateOnly AgreedOn)
{
    public JointActionPlan ToPlan() => new(Summary, PreparedBy, AgreedOn);
}

/// <summary>A forecast variance from a month's position, whom it was notified to and when.</summary>
public sealed record ForecastVarianceView(Guid Id, Guid FundId, FinancialYearView Year, int Month, decimal Variance,
    DateOnly IdentifiedOn, DateOnly NotifyBy, DateOnly? NotifiedOn, DateOnly? FlaggedOverdueOn,
    JointActionPlanView? ActionPlan, IReadOnlyList<Guid> PartnerBodyIds, IReadOnlyList<Guid> NotifiedBodyIds,
    bool IsOverspend, bool NotifiedLate)
{
    public static ForecastVarianceView Of(ForecastVariance v) => new(v.Id, v.FundId, FinancialYearView.Of(v.Year),
        v.Month, v.Variance, v.IdentifiedOn, v.NotifyBy, v.NotifiedOn, v.FlaggedOverdueOn,
        v.ActionPlan is { } p ? new JointActionPlanView(p.Summary, p.PreparedBy, p.AgreedOn) : null,
        v.PartnerBodyIds, v.NotifiedBodyIds, v.IsOverspend, v.NotifiedLate);
}

/// <summary>A variance with its notification deadline and whether it is overdue on <see cref="AsOf"/>.</summary>
public sealed record VarianceClock(ForecastVarianceView Variance, DateOnly NotifyBy, DateOnly AsOf, bool Overdue)
{
    public static VarianceClock Of(ForecastVariance v, DateOnly asOf, bool overdue) =>
        new(ForecastVarianceView.Of(v), v.NotifyBy, asOf, overdue);
}
