using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Position;

public sealed record JointActionPlan(string Summary, string PreparedBy, DateOnly AgreedOn);

/// <summary>
/// A forecast over- or underspend on a fund and its notification clock: the pool manager notifies
/// every partner within 10 working days (England and Wales bank holidays) and the integrated
/// management structure answers with a joint action plan (P:L409-413).
/// </summary>
/// <remarks>
/// Decision: the clock starts on the day the forecast variance is identified (the position run
/// that shows it), which is not itself counted; notification on the tenth working day is in time.
/// </remarks>
public sealed class ForecastVariance : AggregateRoot
{
    public const int NotificationWorkingDays = 10;

    private readonly List<Guid> _partnerBodyIds = [];
    private readonly List<Guid> _notifiedBodyIds = [];

    private ForecastVariance() { }

    public Guid FundId { get; private set; }
    public FinancialYear Year { get; private set; }
    public int Month { get; private set; }
    public decimal Variance { get; private set; }
    public DateOnly IdentifiedOn { get; private set; }
    public DateOnly NotifyBy { get; private set; }
    public DateOnly? NotifiedOn { get; private set; }
    public DateOnly? FlaggedOverdueOn { get; private set; }
    public JointActionPlan? ActionPlan { get; private set; }
    public IReadOnlyList<Guid> PartnerBodyIds => _partnerBodyIds;
    public IReadOnlyList<Guid> NotifiedBodyIds => _notifiedBodyIds;

    public bool IsOverspend => Variance > 0;
    public bool NotifiedLate => NotifiedOn > NotifyBy;

    public static ForecastVariance Identify(Section75Agreement agreement, Fund fund, FundPosition position, DateOnly identifiedOn)
    {
        fund.RequireOwnAgreement(agreement);
        VarianceRules.PositionOfTheFund.Require(position.FundId == fund.Id, "fundId",
            "The position is for another fund.");
        var variance = position.Total.Variance;
        if (variance == 0)
            throw VarianceRules.SomethingToNotify.Broken("variance",
                "The forecast matches the budget; there is nothing to notify.");
        var record = new ForecastVariance
        {
            FundId = fund.Id,
            Year = position.Year,
            Month = position.Month,
            Variance = variance,
            IdentifiedOn = identifiedOn,
            NotifyBy = WorkingDays.AddWorkingDays(identifiedOn, NotificationWorkingDays),
        };
        record._partnerBodyIds.AddRange(agreement.PartnerBodyIds);
        record.Raise(new VarianceIdentified(record.Id, fund.Id, record.Year, record.Month, variance, identifiedOn, record.NotifyBy));
        return record;
    }

    /// <summary>Records that every partner has been notified; a partial list is refused because every partner must hear.</summary>
    public void RecordNotification(IReadOnlyCollection<Guid> notifiedBodyIds, DateOnly notifiedOn)
    {
        if (NotifiedOn is not null)
            throw VarianceRules.NotifiedOnce.Broken("notifiedOn", "The partners have already been notified.");
        VarianceRules.NotifiedAfterIdentified.Require(notifiedOn >= IdentifiedOn, "notifiedOn",
            "Notification cannot precede identification.");
        var missing = _partnerBodyIds.Except(notifiedBodyIds).ToList();
        VarianceRules.EveryPartnerNotified.Require(missing.Count == 0, "notifiedBodyIds",
            $"Every partner must be notified; missing {string.Join(", ", missing)}.");
        VarianceRules.EveryPartnerNotified.Require(notifiedBodyIds.All(_partnerBodyIds.Contains), "notifiedBodyIds",
            "Only partners are notified here.");
        _notifiedBodyIds.AddRange(notifiedBodyIds.Distinct());
        NotifiedOn = notifiedOn;
        Raise(new VarianceNotified(Id, FundId, notifiedOn, NotifiedLate));
    }

    public bool IsOverdueOn(DateOnly today) => NotifiedOn is null && today > NotifyBy;

    /// <summary>Flags the notification as overdue once, the first time it is checked after the deadline.</summary>
    public bool FlagIfOverdue(DateOnly today)
    {
        if (FlaggedOverdueOn is not null || !IsOverdueOn(today)) return false;
        FlaggedOverdueOn = today;
        Raise(new VarianceNotificationOverdue(Id, FundId, NotifyBy, today));
        return true;
    }

    public void RecordActionPlan(JointActionPlan plan)
    {
        if (NotifiedOn is null)
            throw VarianceRules.NotifiedBeforeActionPlan.Broken("notifiedOn",
                "The partners are notified before the joint action plan.");
        Amounts.Text(plan.Summary, "summary");
        Amounts.Text(plan.PreparedBy, "preparedBy");
        VarianceRules.ActionPlanAfterNotification.Require(plan.AgreedOn >= NotifiedOn, "agreedOn",
            "The action plan follows the notification.");
        ActionPlan = plan;
    }
}
