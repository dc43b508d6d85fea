using Commissioning.Domain;
using Workforce.Domain.Forecasts;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

public class StaffingForecastTests
{
    private static readonly FinancialYear Y2017 = new(2017);
    private static readonly FinancialYear Y2018 = new(2018);
    private static readonly FinancialYear Y2019 = new(2019);

    /// <summary>A Table 1 (A §4.9 L840-848): the percentages of both years.</summary>
    private static readonly ForecastAssumptions TableOne = new(1m, 2.5m, 1.5m);

    private static readonly FundingLine PoolLine = new(Guid.NewGuid(), "ICH-AAD-STAFF");

    private static StaffingForecast Forecast()
    {
        var forecast = StaffingForecast.Prepare(new AllAge().Council, "All Age Disability staffing", null, PoolLine);
        forecast.SetYear(Y2018, [new("Children with Disability", Millions(1.06m)),
            new("Integrated Disability Service", Millions(1.04m)), new("Mental Health Team", Millions(3.09m))],
                TableOne);
        return forecast;
    }

    [Fact]
    public void Staffing_2018_19_is_base_plus_pay_award_less_vacancy_factor_and_unpaid_leave_5_03m_A_R_FIN_01()
    {
        var figures = Forecast().FiguresFor(Y2018);

        Assert.Equal(Millions(5.19m), figures.BaseTotal);
        Assert.Equal((Millions(0.05m), Millions(0.13m), Millions(0.08m)),
            (figures.PayAward, figures.VacancyFactor, figures.UnpaidLeave)); // R-FIN-02..04
        Assert.Equal(Millions(5.03m), figures.Subtotal);
    }

    [Fact]
    public void The_2019_20_bases_are_uplifted_1_percent_and_rounded_giving_5_08m_A_R_FIN_05()
    {
        var forecast = Forecast();

        var figures = forecast.UpliftYear(Y2019, 1m, TableOne);

        Assert.Equal([Millions(1.07m), Millions(1.05m), Millions(3.12m)], figures.Teams.Select(t => t.Amount));
        Assert.Equal(Millions(5.08m), figures.Subtotal);
    }

    [Fact]
    public void A_change_of_a_year_tells_pooled_finance_the_subtotal_on_the_named_line()
    {
        var forecast = Forecast();
        forecast.UpliftYear(Y2019, 1m, TableOne);

        var changes = forecast.DomainEvents.OfType<StaffingForecastChanged>().ToList();

        Assert.Equal([(Y2018, Millions(5.03m)), (Y2019, Millions(5.08m))], changes.Select(c => (c.Year, c.Subtotal)));
        Assert.All(changes, c => Assert.Equal(PoolLine, c.FundingLine));
    }

    [Fact]
    public void Rounding_follows_the_table_not_each_team_A_R_FIN_06()
    {
        // Per team the vacancy factor would round to 0.08 + 0.03 + 0.03 = 0.14; the table has 0.13.
        var figures = Forecast().FiguresFor(Y2018);

        Assert.Equal(Millions(0.13m), figures.VacancyFactor);
        // To the penny: 5,190,000 + 51,900 − 129,750 − 77,850.
        var pence = StaffingForecast.Prepare(new AllAge().Council, "Exact", null, null, roundingUnit: 0.01m);
        Assert.Equal(5_034_300m, pence.SetYear(Y2018, [new("All", Millions(5.19m))], TableOne).Subtotal);
    }

    [Fact]
    public void One_off_costs_are_held_against_their_250000_approval_and_a_further_1_is_flagged_A_1_1_L197()
    {
        var forecast = Forecast();
        forecast.ApproveOneOffCosts(Y2017, 250_000m, "Cabinet", "Cabinet 02.10.17");
        foreach (var (name, m) in new[] { ("Project and Programme Managers", 0.04m), ("Due Diligence", 0.04m),
                     ("Actuarial Valuation", 0.01m), ("Software Licences", 0.11m), ("I.T. Hardware", 0.05m) })
            forecast.AddOneOffCost(Y2017, name, Millions(m)); // A §4.9 L850-855

        Assert.False(forecast.OneOffPositionFor(Y2017).Flagged);
        var position = forecast.AddOneOffCost(Y2017, "Further cost", 1m);

        Assert.Equal((250_001m, 1m, true), (position.Total, position.BeyondApproval, position.Flagged));
        Assert.Single(forecast.DomainEvents.OfType<OneOffCostsBeyondApproval>());
        forecast.ApproveOneOffCosts(Y2017, 260_000m, "Cabinet", "Re-approval");
        Assert.False(forecast.OneOffPositionFor(Y2017).Flagged);
    }

    [Fact]
    public void Recurrent_lines_have_an_amount_or_are_to_be_confirmed_never_zero_A_R_FIN_08()
    {
        var forecast = Forecast();
        forecast.AddRecurrentCost("Additional Staffing", Y2018, Millions(0.11m));
        forecast.AddRecurrentCost("Training", Y2018, Millions(0.02m));
        foreach (var tbc in new[] { "Pension Liability", "Support Costs", "VAT Liability" })
            forecast.AddRecurrentCost(tbc, Y2018, null);

        var (known, toBeConfirmed) = forecast.RecurrentFor(Y2019);

        Assert.Equal(Millions(0.13m), known);
        Assert.Equal(["Pension Liability", "Support Costs", "VAT Liability"], toBeConfirmed);
        Assert.Equal("amount", Violation(() => forecast.AddRecurrentCost("Estates", Y2018, 0m)).Field);
        Assert.Equal("amount", Violation(() => forecast.ConfirmRecurrentCost("VAT Liability", 0m)).Field);
        Assert.Empty(forecast.RecurrentFor(Y2017).ToBeConfirmed);
    }

    [Fact]
    public void The_pension_cost_share_splits_the_precedents_0_28m_50_50_A_4_3_L807()
    {
        var forecast = Forecast();

        forecast.SharePensionCost(Millions(0.28m), [new("E08000015", 50), new("RXA", 50)]);

        Assert.Equal([("E08000015", 140_000m), ("RXA", 140_000m)], forecast.PensionCostShare!.Parts());
        forecast.SharePensionCost(null, [new("E08000015", 50), new("RXA", 50)]);
        Assert.Empty(forecast.PensionCostShare!.Parts());
        Assert.Equal("shares", Violation(() => forecast.SharePensionCost(1m, [new("RXA", 100)])).Field);
    }

    [Fact]
    public void The_establishments_staff_budgets_are_the_2018_19_bases_A_4_1_L786_790()
    {
        var forecast = StaffingForecast.Prepare(new AllAge().Council, "From the establishment", null, PoolLine);

        var figures = forecast.SetYear(Y2018, StaffingForecast.BasesOf(new AllAge().Establishment()), TableOne);

        Assert.Equal(Millions(5.03m), figures.Subtotal);
    }

    [Fact]
    public void A_year_without_figures_is_not_found()
    {
        Assert.Equal(ViolationKind.NotFound, Violation(() => Forecast().FiguresFor(Y2019)).Kind);
        Assert.Equal(ViolationKind.NotFound, Violation(() => Forecast().UpliftYear(new(2021), 1m, TableOne)).Kind);
    }
}
