using Commissioning.Domain;
using Returns.Domain.AscFr;
using Returns.Domain.Cld;
using Returns.Domain.Periods;
using static Returns.Tests.Seeds;

namespace Returns.Tests.AscFr;

/// <summary>
/// The ASC-FR cells built from CLD service rows (anchors B.4 L563-582). The documents give the table's shape and
/// its unit-cost rule, not worked figures: home care is the care-packages verification figure (£18.50 an hour,
/// 14 hours a week), the residential fee a round £850 a week, so each sum can be checked by hand.
/// </summary>
public class AscFrTableTests
{
    private static readonly ReturnPeriod Year2024 = ReturnPeriod.ForYear(new FinancialYear(2024));

    private static CldRow Residential(string person, DateOnly start, BirthMonth birth, string? reason = null) =>
        HomeCare(Year2024, start, person: person) with
        {
            Person = Person(person) with
            {
                Birth = birth, PrimarySupportReason = reason ?? "Physical Support: Personal care support",
            },
            Event = HomeCare(Year2024, start).Event with
            {
                Service = new CldService
                {
                    ServiceType = "Long term support: Residential care", ServiceComponent = "Residential care",
                    DeliveryMechanism = "CASSR Commissioned Support", UnitCost = 850m, CostFrequencyUnitType = "Weekly",
                },
            },
        };

    [Fact]
    public void Residential_care_reports_weeks_and_a_weekly_unit_cost()
    {
        // anchors B.4 L566: LTS unit costs by PSR and age for residential care; the activity is weeks (L567).
        // £850 a week for the whole of 2024/25, 365 days = 52 1/7 weeks (anchors B.2 L535): £44,321.43.
        var rows = AscFrTable.Rows(Wirral, Year2024,
            [Residential("WIR-0001", Year2024.Start, new BirthMonth(1948, 11))]);
        var cell = Assert.Single(rows).Fields;
        Assert.Equal(("Long Term Support", "65 and Over", "Physical Support", "Residential", "Provision by Others"),
            (cell["CareType_KEY"], cell["AgeBand_KEY"], cell["PrimarySupportReason_KEY"], cell["SupportSetting_KEY"],
                cell["FinanceDescription_KEY"]));
        Assert.Equal(("2025", "44321.43", "Weeks", "52.14", "850.00", "1"), (cell["FY_Ending"], cell["Expenditure"],
            cell["ActivityUnit"], cell["Activity"], cell["UnitCost"], cell["People"]));
    }

    [Fact]
    public void Home_care_reports_hours_and_the_hourly_rate_as_its_unit_cost()
    {
        // anchors B.4 L567: "home care unit cost = average standard hourly rate". Two people from 1 October 2024:
        // 182 days = 26 weeks × 14 hours = 364 hours each; £259 a week × 26 = £6,734 each.
        var rows = AscFrTable.Rows(Wirral, Year2024,
        [
            HomeCare(Year2024, new DateOnly(2024, 10, 1), person: "WIR-0001"),
            HomeCare(Year2024, new DateOnly(2024, 10, 1), person: "WIR-0002"),
        ]);
        var cell = Assert.Single(rows).Fields;
        Assert.Equal(("Community: Home Care", "13468.00", "Hours", "728.00", "18.50", "2"), (cell["SupportSetting_KEY"],
            cell["Expenditure"], cell["ActivityUnit"], cell["Activity"], cell["UnitCost"], cell["People"]));
    }

    [Fact]
    public void The_age_band_is_the_age_on_the_years_last_day_from_the_month_of_birth()
    {
        // anchors-refresh §2 L37: only the year and month of birth are known; 31 March 2025 is the year's last day.
        var yearEnd = Year2024.End;
        Assert.Equal(AscFrCell.SixtyFiveAndOver, AscFrCell.AgeBandAt(new BirthMonth(1960, 3), yearEnd));
        Assert.Equal(AscFrCell.EighteenToSixtyFour, AscFrCell.AgeBandAt(new BirthMonth(1960, 4), yearEnd));
        Assert.Equal(AscFrCell.UnderEighteen, AscFrCell.AgeBandAt(new BirthMonth(2007, 4), yearEnd));
        Assert.Equal(AscFrCell.Unknown, AscFrCell.AgeBandAt(null, yearEnd));
    }

    [Fact]
    public void Cells_are_split_by_age_band_and_reason_and_the_expenditure_ties_to_the_cld_rows()
    {
        var serviceRows = new[]
        {
            Residential("WIR-0001", Year2024.Start, new BirthMonth(1948, 11)),
            Residential("WIR-0002", new DateOnly(2025, 1, 6), new BirthMonth(1980, 5), "Learning Disability Support"),
            HomeCare(Year2024, new DateOnly(2024, 10, 1), person: "WIR-0003"),
        };
        var rows = AscFrTable.Rows(Wirral, Year2024, serviceRows);
        Assert.Equal(3, rows.Select(r => r.Key).Distinct().Count());
        var cldTotal = serviceRows.Sum(r => r.Cost!.TotalCostPeriod);
        Assert.Equal(Money.RoundPence(cldTotal), rows.Sum(r => decimal.Parse(r.Fields["Expenditure"]!,
            System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Unknown_keys_children_and_home_care_without_hours_are_findings()
    {
        // A reason care packages sent that is not on the list reaches the table unmapped (CldLists.Map).
        var unmapped = Residential("WIR-0001", Year2024.Start, new BirthMonth(1948, 11), CldLists.InvalidAndNotMapped);
        var child = Residential("WIR-0002", Year2024.Start, new BirthMonth(2008, 1));
        var weeklyHomeCare = HomeCare(Year2024, Year2024.Start, person: "WIR-0003") with
        {
            Event = HomeCare(Year2024, Year2024.Start).Event with
            {
                Service = HomeCare(Year2024, Year2024.Start).Event.Service! with
                {
                    UnitCost = 259m, CostFrequencyUnitType = "Weekly",
                },
            },
        };
        var findings = AscFrValidator.Validate(AscFrTable.Rows(Wirral, Year2024, [unmapped, child, weeklyHomeCare]));
        Assert.Equal(
            [
                (AscFrValidator.AdultsOnly, "AgeBand_KEY"), (AscFrValidator.HomeCareHours, "Activity"),
                (AscFrValidator.KnownKey, "PrimarySupportReason_KEY"),
            ],
            findings.Select(f => (f.Rule, f.Field)).Order());
    }
}
