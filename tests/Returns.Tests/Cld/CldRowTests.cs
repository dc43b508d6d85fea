using Returns.Domain.Cld;
using static Returns.Tests.Seeds;

namespace Returns.Tests.Cld;

public class CldRowTests
{
    [Fact]
    public void A_service_row_derives_its_weekly_cost_and_weeks_by_the_shared_formula()
    {
        // £18.50 × 14 hours = £259 a week (anchors B.2 L531, L534); the rolling year 1 Jul 2023 - 30 Jun 2024
        // crops a service from 1 April 2024 to 91 days, 13 weeks (L535).
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        var cost = row.Cost!;
        Assert.Equal((259m, 13m, 3367m), (cost.CostPerWeek, cost.WeeksOfService, cost.TotalCostPeriod));
        Assert.Null(Request(Q1Of2024, new DateOnly(2024, 4, 1)).Cost);
    }

    [Fact]
    public void The_end_date_is_cropped_to_the_date_of_death()
    {
        // anchors B.2 L494: Der_Event_End_Date "cropped to date of death".
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        var died = row with { Person = row.Person with { DateOfDeath = new DateOnly(2024, 4, 7) } };
        Assert.Equal(new DateOnly(2024, 4, 7), died.DerivedEndDate);
        Assert.Equal(1m, died.Cost!.WeeksOfService);
    }

    [Fact]
    public void Only_the_year_and_month_of_birth_are_sent()
    {
        // anchors-refresh §2 L37: "DHSC receives the year and month of birth only".
        var fields = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1)).Fields();
        Assert.Equal(("1948", "11"), (fields["Year_of_Birth"], fields["Month_of_Birth"]));
        Assert.DoesNotContain("Date_of_Birth", fields.Keys);
        Assert.DoesNotContain("23", fields.Values);
        Assert.Equal(CldHeaders.All.Order(), fields.Keys.Order());
    }

    [Fact]
    public void The_derived_person_id_is_the_nhs_number_if_present()
    {
        // anchors B.2 L494: Der_NHS_LA_Combined_Person_ID.
        var person = Person();
        Assert.Equal("WIR-0001", person.DerivedPersonId);
        Assert.Equal("9434765919", (person with { NhsNumber = "9434765919" }).DerivedPersonId);
    }

    [Fact]
    public void The_dedup_key_is_dhscs_and_never_the_event_reference()
    {
        // anchors B.2 L516.
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        Assert.Equal("E08000015|WIR-0001|2024-04-01||Service user|Service|Long term support: Community|Home care",
            CldDedupKey.Of(row, singleSubmission: false));
        Assert.EndsWith("|CASSR Commissioned Support|18.50|Hourly|14.00", CldDedupKey.Of(row, singleSubmission: true));
        var referenced = row with { Event = row.Event with { EventReference = "ERN-77" } };
        Assert.Equal(CldDedupKey.Of(row, true), CldDedupKey.Of(referenced, true));
        var ended = row with { Event = row.Event with { EventEndDate = new DateOnly(2024, 5, 1) } };
        Assert.Equal(CldDedupKey.Of(row, true), CldDedupKey.Of(ended, true)); // no end date for services
        var request = Request(Q1Of2024, new DateOnly(2024, 4, 1));
        Assert.EndsWith("|2024-04-01|Service user|Request|Discharge from Hospital", CldDedupKey.Of(request, true));
    }

    [Fact]
    public void Duplicates_by_the_key_are_dropped_keeping_the_first()
    {
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        var twice = row with { Source = Line("other") };
        var uplifted = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1), rate: 19m);
        Assert.Equal([row, uplifted], CldDedupKey.Deduplicate([row, twice, uplifted]));
    }

    [Fact]
    public void A_service_open_at_the_period_end_and_missing_next_time_is_closed_at_that_period_end()
    {
        // anchors-refresh §2 L42-43; anchors B.2 L516.
        var open = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1), person: "WIR-0001");
        var resent = HomeCare(Q1Of2024, new DateOnly(2024, 5, 1), person: "WIR-0002");
        var ended = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1), new DateOnly(2024, 5, 31), person: "WIR-0003");
        var next = new[] { HomeCare(Q2Of2024, new DateOnly(2024, 5, 1), person: "WIR-0002") };

        var rows = CldServiceClosure.Apply([open, resent, ended], Q1Of2024, next, Q2Of2024);

        Assert.Equal(2, rows.Count);
        Assert.Same(next[0], rows[0]);
        var closed = rows[1];
        Assert.Equal(("WIR-0001", new DateOnly(2024, 6, 30)), (closed.Person.LaPersonUniqueIdentifier,
            closed.Event.EventEndDate));
        Assert.Equal(Q2Of2024, closed.Period);
        Assert.Equal(13m, closed.Cost!.WeeksOfService); // 1 April to 30 June
    }

    [Fact]
    public void A_row_keys_across_versions_without_its_cost_so_a_cost_change_is_a_changed_field()
    {
        var before = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1)).ToReturnRow();
        var after = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1), rate: 19m).ToReturnRow();
        var diff = Domain.Returns.RowDiff.Between([before], [after]);
        Assert.Equal([new Domain.Returns.FieldChange(before.Key, "Unit_Cost", "18.50", "19.00")], diff.Changed);
    }

    [Fact]
    public void A_carer_links_at_most_three_adults()
    {
        // anchors B.2 L509: "up to three adults cared for by the carer".
        Assert.Equal(3, CldPerson.Linked(["a", "b", "c"]).Count);
        Assert.Equal("linkedPersonIds", Violation(() => CldPerson.Linked(["a", "b", "c", "d"])).Field);
    }
}
