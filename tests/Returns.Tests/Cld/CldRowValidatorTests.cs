using Returns.Domain.Cld;
using static Returns.Tests.Seeds;

namespace Returns.Tests.Cld;

/// <summary>Validation before sign-off (DOMAIN.md L112-113; issue 18 cap. 6).</summary>
public class CldRowValidatorTests
{
    [Fact]
    public void Well_formed_rows_have_no_finding()
    {
        var rows = new[] { Request(Q1Of2024, new DateOnly(2024, 4, 1)), HomeCare(Q1Of2024, new DateOnly(2024, 4, 2)) };
        Assert.Empty(CldRowValidator.Validate(rows));
    }

    [Fact]
    public void Values_are_mapped_to_release_2_or_become_invalid_and_not_mapped()
    {
        // anchors-refresh §2 L25-26: values the pipeline cannot map become "Invalid and not mapped".
        Assert.Equal("Discharge from Hospital", CldLists.Map("Request_Route_of_Access", " discharge from hospital "));
        Assert.Equal(CldLists.InvalidAndNotMapped, CldLists.Map("Request_Route_of_Access", "A&E"));
        Assert.Null(CldLists.Map("Request_Route_of_Access", "  "));
        Assert.Equal("Home care", CldLists.Map("Service_Component", " Home care "));
    }

    [Fact]
    public void An_invalid_and_not_mapped_value_is_a_finding_naming_row_field_and_record()
    {
        var good = Request(Q1Of2024, new DateOnly(2024, 4, 1));
        var bad = Request(Q1Of2024, new DateOnly(2024, 4, 2), CldLists.Map("Request_Route_of_Access", "A&E")!);
        var finding = Assert.Single(CldRowValidator.Validate([good, bad]));
        Assert.Equal((2, "Request_Route_of_Access", CldRowValidator.ValidListValue, "care-packages/referral/ref-1"),
            (finding.Row, finding.Field, finding.Rule, finding.Source.ToString()));
    }

    [Fact]
    public void Mandatory_fields_by_event_type()
    {
        var request = Request(Q1Of2024, new DateOnly(2024, 4, 1));
        var blank = request with
        {
            Person = request.Person with { Gender = null },
            Event = request.Event with { RequestRouteOfAccess = null, EventOutcome = null },
        };
        var fields = CldRowValidator.Validate([blank]).Select(f => (f.Field, f.Rule));
        Assert.Equal([("Gender", "MandatoryField"), ("Event_Outcome", "MandatoryField"),
            ("Request_Route_of_Access", "MandatoryField")], fields);
    }

    [Fact]
    public void A_carer_known_by_association_has_no_event_to_give()
    {
        // anchors B.2 L499: person details and linked person IDs only, "not contain any event details".
        var request = Request(Q1Of2024, new DateOnly(2024, 4, 1));
        var linking = request with
        {
            Person = request.Person with
            {
                ClientType = "Carer known by association", LinkedPersonIds = CldPerson.Linked(["WIR-0002"]),
            },
            Event = new CldEvent(),
        };
        Assert.Empty(CldRowValidator.Validate([linking]));
        var carer = linking with { Person = linking.Person with { ClientType = "Carer" } };
        Assert.Equal(["Event_Type", "Event_Start_Date"], CldRowValidator.Validate([carer]).Select(f => f.Field));
    }

    [Fact]
    public void A_service_needs_its_type_component_mechanism_and_cost()
    {
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        var blank = row with { Event = row.Event with { Service = new CldService() } };
        var fields = CldRowValidator.Validate([blank]).Select(f => f.Field).ToArray();
        Assert.Equal(["Service_Type", "Service_Component", "Delivery_Mechanism", "Unit_Cost",
            "Cost_Frequency_Unit_Type"], fields);
    }

    [Fact]
    public void An_hourly_cost_needs_planned_units()
    {
        // anchors B.2 L508: "Required for services only where the unit cost occurs more frequently than weekly".
        var row = HomeCare(Q1Of2024, new DateOnly(2024, 4, 1));
        var service = row.Event.Service! with { PlannedUnitsPerWeek = null };
        var noUnits = row with { Event = row.Event with { Service = service } };
        var finding = Assert.Single(CldRowValidator.Validate([noUnits]));
        Assert.Equal(("Planned_units_per_week", CldRowValidator.PlannedUnitsForFrequentCosts),
            (finding.Field, finding.Rule));
    }

    [Fact]
    public void Events_end_after_they_start_and_lie_inside_the_period()
    {
        var backwards = HomeCare(Q1Of2024, new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 1));
        Assert.Contains(CldRowValidator.Validate([backwards]), f => f.Rule == CldRowValidator.EndNotBeforeStart);
        var before = HomeCare(Q1Of2024, new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31));
        Assert.Equal(CldRowValidator.EventInsideThePeriod, Assert.Single(CldRowValidator.Validate([before])).Rule);
    }

    [Fact]
    public void Every_list_the_documents_give_is_checked()
    {
        // anchors B.2 L498-511 and B.3 L555.
        Assert.Equal(4, CldLists.ByField["Event_Type"].Count);
        Assert.Equal(9, CldLists.ByField["Service_Type"].Count);
        Assert.Equal(16, CldLists.ByField["Event_Outcome"].Count);
        Assert.Equal(8, CldLists.ByField["Request_Route_of_Access"].Count);
        Assert.Equal(20, CldLists.ByField["Accommodation_Status"].Count);
        Assert.All(CldLists.ByField.Keys, field => Assert.Contains(field, CldHeaders.All));
    }
}
