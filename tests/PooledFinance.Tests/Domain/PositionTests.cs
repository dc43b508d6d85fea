using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Position;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class PositionTests
{
    private sealed class PlymouthPool
    {
        public Plymouth P { get; } = new();
        public Fund Pool { get; }
        public FundLedger Ledger { get; }
        public BudgetLine Acute { get; }
        public BudgetLine Wellbeing { get; }
        public List<BudgetLine> Lines { get; }

        public PlymouthPool()
        {
            Pool = P.Pool();
            Ledger = FundLedger.Open(Pool);
            Acute = BudgetLine.Create(P.Ccg.Id, Y2015, "ACUTE", "Acute", Pot.A, Thousands(151_414m)); // P:L312
            Wellbeing = BudgetLine.Create(P.Council.Id, Y2015, "WELL", "Wellbeing", Pot.A, Thousands(17_158m)); // P:L309
            Lines = [Acute, Wellbeing];
            foreach (var line in Lines)
            {
                line.MoveIntoPool(Pool, new RiskAssessment("IHWB-RA", "Finance lead", new DateOnly(2015, 2, 1)));
                Ledger.Post(line, EntryKind.Budget, line.Amount, new DateOnly(2015, 4, 1), $"Budget {line.Code}");
            }
        }

        public FundPosition At(int month) => FundPosition.FromEntries(Pool, Lines, Ledger.Entries, Y2015, month);
    }

    [Fact]
    public void The_monthly_position_shows_budget_committed_actual_forecast_and_variance_by_line_and_partner()
    {
        var f = new PlymouthPool();
        f.Ledger.Post(f.Acute, EntryKind.Commitment, Thousands(140_000m), new DateOnly(2015, 4, 1), "Acute contract");
        f.Ledger.Post(f.Acute, EntryKind.Actual, Thousands(12_600m), new DateOnly(2015, 4, 30), "April");
        f.Ledger.Post(f.Acute, EntryKind.Forecast, Thousands(152_414m), new DateOnly(2015, 4, 30), "Month 1 forecast");

        var position = f.At(1);

        var acute = position.Lines.Single(l => l.Code == "ACUTE").Figures;
        Assert.Equal((Thousands(151_414m), Thousands(140_000m), Thousands(12_600m), Thousands(152_414m), Thousands(1_000m)),
            (acute.Budget, acute.Committed, acute.Actual, acute.Forecast, acute.Variance));
        Assert.Equal(0m, position.Lines.Single(l => l.Code == "WELL").Figures.Variance); // no forecast posted: forecast at budget
        Assert.Equal(Thousands(1_000m), position.Partners.Single(p => p.PartnerBodyId == f.P.Ccg.Id).Figures.Variance);
        Assert.Equal(Thousands(151_414m + 17_158m), position.Total.Budget);
    }

    [Fact]
    public void A_revised_forecast_reverses_the_old_one_and_later_months_are_left_out_of_earlier_positions()
    {
        var f = new PlymouthPool();
        var first = f.Ledger.Post(f.Acute, EntryKind.Forecast, Thousands(152_414m), new DateOnly(2015, 4, 30), "M1");
        f.Ledger.Reverse(first.Id, new DateOnly(2015, 5, 31), "M2 reforecast");
        f.Ledger.Post(f.Acute, EntryKind.Forecast, Thousands(150_914m), new DateOnly(2015, 5, 31), "M2");

        Assert.Equal(Thousands(1_000m), f.At(1).Total.Variance);
        Assert.Equal(Thousands(-500m), f.At(2).Total.Variance);
    }

    [Fact]
    public void The_position_from_store_totals_equals_the_position_from_the_entries_they_sum()
    {
        var f = new PlymouthPool();
        f.Ledger.Post(f.Acute, EntryKind.Actual, Thousands(12_600m), new DateOnly(2015, 4, 30), "April");
        f.Ledger.Post(f.Acute, EntryKind.Actual, Thousands(12_400m), new DateOnly(2015, 5, 31), "May");
        var totals = new[]
        {
            new LedgerTotal(f.Acute.Id, EntryKind.Budget, Thousands(151_414m), 1),
            new LedgerTotal(f.Wellbeing.Id, EntryKind.Budget, Thousands(17_158m), 1),
            new LedgerTotal(f.Acute.Id, EntryKind.Actual, Thousands(12_600m), 1),
        };

        var fromTotals = FundPosition.Calculate(f.Pool, f.Lines, totals, Y2015, 1);

        Assert.Equal(f.At(1).Total, fromTotals.Total);
        Assert.Equal(f.At(1).Lines, fromTotals.Lines);
    }

    [Fact]
    public void A_line_whose_forecast_was_reversed_has_a_forecast_posted_of_zero()
    {
        var f = new PlymouthPool();
        var forecast = f.Ledger.Post(f.Acute, EntryKind.Forecast, Thousands(152_414m), new DateOnly(2015, 4, 30), "M1");
        f.Ledger.Reverse(forecast.Id, new DateOnly(2015, 4, 30), "withdrawn");

        Assert.Equal(0m, f.At(1).Lines.Single(l => l.Code == "ACUTE").Figures.Forecast);
    }

    [Fact]
    public void A_month_outside_1_to_12_is_refused()
    {
        var f = new PlymouthPool();

        Assert.Equal(("month", VarianceRules.MonthOfTheYear), Seeds.Violation(() => f.At(13)).Named());
    }
}

public class ForecastVarianceTests
{
    private static (Plymouth p, ForecastVariance variance) Identified(DateOnly on)
    {
        var p = new Plymouth();
        var pool = p.Pool();
        var line = BudgetLine.Create(p.Ccg.Id, Y2015, "ACUTE", "Acute", Pot.A, Thousands(151_414m));
        line.MoveIntoPool(pool, new RiskAssessment("RA", "Finance lead", new DateOnly(2015, 2, 1)));
        var ledger = FundLedger.Open(pool);
        ledger.Post(line, EntryKind.Budget, line.Amount, new DateOnly(2015, 4, 1), "Budget");
        ledger.Post(line, EntryKind.Forecast, Thousands(152_414m), new DateOnly(2015, 4, 1), "Forecast");
        var position = FundPosition.FromEntries(pool, [line], ledger.Entries, Y2015, 1);
        return (p, ForecastVariance.Identify(p.Agreement, pool, position, on));
    }

    [Fact]
    public void The_10_working_day_clock_skips_Good_Friday_and_Easter_Monday_2015_P_L411()
    {
        // Identified Wednesday 1 April 2015; 3 and 6 April are bank holidays, so day 10 is Friday 17 April (not the 15th).
        var (_, variance) = Identified(new DateOnly(2015, 4, 1));

        Assert.Equal(new DateOnly(2015, 4, 17), variance.NotifyBy);
        Assert.True(variance.IsOverspend);
        Assert.Contains(variance.DomainEvents, e => e is VarianceIdentified);
    }

    [Fact]
    public void The_clock_skips_Christmas_Boxing_Day_substitute_and_New_Year_P_L411()
    {
        // Friday 18 December 2015: 25 and 28 December and 1 January are bank holidays, so day 10 is Wednesday 6 January 2016.
        var (_, variance) = Identified(new DateOnly(2015, 12, 18));

        Assert.Equal(new DateOnly(2016, 1, 6), variance.NotifyBy);
        Assert.False(variance.IsOverdueOn(new DateOnly(2016, 1, 6)));
        Assert.True(variance.IsOverdueOn(new DateOnly(2016, 1, 7)));
    }

    [Fact]
    public void An_overdue_notification_is_flagged_once()
    {
        var (_, variance) = Identified(new DateOnly(2015, 4, 1));

        Assert.False(variance.FlagIfOverdue(new DateOnly(2015, 4, 17)));
        Assert.True(variance.FlagIfOverdue(new DateOnly(2015, 4, 20)));
        Assert.False(variance.FlagIfOverdue(new DateOnly(2015, 4, 21)));
        Assert.Single(variance.DomainEvents.OfType<VarianceNotificationOverdue>());
    }

    [Fact]
    public void Every_partner_is_notified_then_the_joint_action_plan_is_recorded_P_L413()
    {
        var (p, variance) = Identified(new DateOnly(2015, 4, 1));
        var plan = new JointActionPlan("Acute demand management", "Integrated Management Structure", new DateOnly(2015, 4, 24));

        Assert.Equal(("notifiedOn", VarianceRules.NotifiedBeforeActionPlan),
            Seeds.Violation(() => variance.RecordActionPlan(plan)).Named());
        Assert.Equal(("notifiedBodyIds", VarianceRules.EveryPartnerNotified),
            Seeds.Violation(() => variance.RecordNotification([p.Ccg.Id], new DateOnly(2015, 4, 10))).Named());
        Assert.Null(variance.NotifiedOn);

        variance.RecordNotification([p.Ccg.Id, p.Council.Id], new DateOnly(2015, 4, 17));
        variance.RecordActionPlan(plan);

        Assert.False(variance.NotifiedLate);
        Assert.Equal(plan, variance.ActionPlan);
        Assert.False(variance.IsOverdueOn(new DateOnly(2015, 5, 1)));
    }

    [Fact]
    public void A_notification_after_the_tenth_working_day_is_recorded_as_late()
    {
        var (p, variance) = Identified(new DateOnly(2015, 12, 18));

        variance.RecordNotification([p.Ccg.Id, p.Council.Id], new DateOnly(2016, 1, 7));

        Assert.True(variance.NotifiedLate);
        Assert.Contains(variance.DomainEvents, e => e is VarianceNotified { Late: true });
    }
}
