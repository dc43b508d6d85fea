using Commissioning.Domain.Costing;
using Returns.Domain.Validation;

namespace Returns.Domain.Cld;

/// <summary>
/// Validates a CLD submission's rows before sign-off (DOMAIN.md L112-113; issue 18 cap. 6): mandatory
/// fields, valid list values (none "Invalid and not mapped"), the planned units a cost needs, dates in
/// order and inside the period. Each finding names the row (1-based), the field, the rule and the record.
/// Which fields are mandatory is the service's decision (README): the documents name the fields'
/// conditions (anchors B.2 L480, Mandatory / Applicable but not mandatory) but not each one's.
/// </summary>
public static class CldRowValidator
{
    public const string MandatoryField = "MandatoryField";
    public const string ValidListValue = "ValidListValue";
    public const string PlannedUnitsForFrequentCosts = "PlannedUnitsForFrequentCosts";
    public const string EndNotBeforeStart = "EndNotBeforeStart";
    public const string EventInsideThePeriod = "EventInsideThePeriod";

    private static readonly Func<CldRow, bool> Always = _ => true;

    /// <summary>
    /// A "Carer known by association" row links a carer and the people cared for and has no event details
    /// (anchors B.2 L499), so no event field is mandatory for it.
    /// </summary>
    private static readonly Func<CldRow, bool> HasEvent = r => r.Person.ClientType != "Carer known by association";

    /// <summary>Rule MandatoryField: each field with the rows it is mandatory for.</summary>
    private static readonly (string Field, Func<CldRow, bool> AppliesTo)[] Mandatory =
    [
        (CldHeaders.LaPersonUniqueIdentifier, Always),
        (CldHeaders.ClientType, Always),
        (CldHeaders.Gender, Always),
        (CldHeaders.Ethnicity, Always),
        (CldHeaders.YearOfBirth, Always),
        (CldHeaders.MonthOfBirth, Always),
        (CldHeaders.EventType, HasEvent),
        (CldHeaders.EventStartDate, HasEvent),
        (CldHeaders.PrimarySupportReason, r => r.Person.ClientType == "Service user"),
        (CldHeaders.EventOutcome, r => !r.Event.Is(CldRow.Service) && r.Event.EventEndDate is not null),
        (CldHeaders.RequestRouteOfAccess, r => r.Event.Is(CldRow.Request)),
        (CldHeaders.AssessmentType, r => r.Event.Is(CldRow.Assessment)),
        (CldHeaders.EligibleNeedsIdentified, r => r.Event.Is(CldRow.Assessment)),
        (CldHeaders.ReviewReason, r => r.Event.Is(CldRow.Review)),
        (CldHeaders.MethodOfReview, r => r.Event.Is(CldRow.Review)),
        (CldHeaders.ServiceType, r => r.Event.Is(CldRow.Service)),
        (CldHeaders.ServiceComponent, r => r.Event.Is(CldRow.Service)),
        (CldHeaders.DeliveryMechanism, r => r.Event.Is(CldRow.Service)),
        (CldHeaders.UnitCost, r => r.Event.Is(CldRow.Service)),
        (CldHeaders.CostFrequencyUnitType, r => r.Event.Is(CldRow.Service)),
    ];

    public static IReadOnlyList<Finding> Validate(IReadOnlyList<CldRow> rows) =>
        [.. rows.SelectMany((row, i) => Check(row, i + 1))];

    private static IEnumerable<Finding> Check(CldRow row, int number)
    {
        var fields = row.Fields();
        Finding Found(string field, string rule, string message) => new(number, field, rule, row.Source, message);

        foreach (var (field, _) in Mandatory.Where(m => m.AppliesTo(row) && fields[m.Field] is null))
            yield return Found(field, MandatoryField, $"{field} is mandatory for this row and is blank.");
        foreach (var (field, list) in CldLists.ByField)
            if (fields[field] is { } value && !list.Contains(value, StringComparer.Ordinal))
                yield return Found(field, ValidListValue, $"'{value}' is not on {field}'s Release 2 list.");
        if (NeedsPlannedUnits(row) && row.Event.Service?.PlannedUnitsPerWeek is not > 0)
            yield return Found(CldHeaders.PlannedUnitsPerWeek, PlannedUnitsForFrequentCosts,
                "A cost more frequent than weekly needs the planned units a week (anchors B.2 L508).");
        if (row.Event is { EventStartDate: { } start, EventEndDate: { } end } && end < start)
            yield return Found(CldHeaders.EventEndDate, EndNotBeforeStart,
                $"The event ends {end:yyyy-MM-dd}, before it starts {start:yyyy-MM-dd}.");
        if (row.Event.EventStartDate is { } from && (from > row.Period.End || row.DerivedEndDate < row.Period.Start))
            yield return Found(CldHeaders.EventStartDate, EventInsideThePeriod,
                $"The event is outside the reporting period {row.Period.Start:yyyy-MM-dd} to "
                + $"{row.Period.End:yyyy-MM-dd}.");
    }

    /// <summary>Rule PlannedUnitsForFrequentCosts (anchors B.2 L508): hourly, daily or per-session costs.</summary>
    private static bool NeedsPlannedUnits(CldRow row) =>
        row.CostFrequency is CostFrequency.Hourly or CostFrequency.Daily or CostFrequency.PerSession;
}
