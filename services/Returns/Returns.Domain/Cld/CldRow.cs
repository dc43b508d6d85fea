using System.Globalization;
using Commissioning.Domain.Costing;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;

namespace Returns.Domain.Cld;

/// <summary>
/// One CLD row: one event of one person in a council's submission for a period (anchors B.1 L472 "one
/// row per event ... per person"; issue 18 cap. 2), with the record it was built from.
/// </summary>
public sealed record CldRow(CouncilCode LaCode, ReturnPeriod Period, CldPerson Person, CldEvent Event,
    SourceRecord Source)
{
    public const string Request = "Request";
    public const string Assessment = "Assessment";
    public const string Service = "Service";
    public const string Review = "Review";

    /// <summary>
    /// Rule DerivedEndDate (anchors B.2 L494, Der_Event_End_Date): the end date cropped to the date of death.
    /// </summary>
    public DateOnly? DerivedEndDate => (Event.EventEndDate, Person.DateOfDeath) switch
    {
        ({ } end, { } death) => end < death ? end : death,
        (null, { } death) => death,
        var (end, _) => end,
    };

    /// <summary>The cost frequency the row's Cost_Frequency_Unit_Type names, if it names one.</summary>
    public CostFrequency? CostFrequency =>
        Event.Service?.CostFrequencyUnitType is { } label && CldLists.CostFrequencies.TryGetValue(label, out var f)
            ? f
            : null;

    /// <summary>
    /// DHSC's cost per week, weeks of service and period total for a service row, by the one shared
    /// formula (<see cref="CldCostDerivation"/>; anchors-refresh §2 L38-43); none for other events, for a
    /// service with no start date and for a cost the formula leaves out.
    /// </summary>
    public CldCost? Cost => Event.Is(Service) && Event.Service is { } service && Event.EventStartDate is { } start
        ? CldCostDerivation.Derive(service.UnitCost, CostFrequency, service.PlannedUnitsPerWeek, start,
            DerivedEndDate, Period.Start, Period.End)
        : null;

    /// <summary>Whether the row's service is still open at <paramref name="periodEnd"/>.</summary>
    public bool IsServiceOpenAt(DateOnly periodEnd) =>
        Event.Is(Service) && Event.EventStartDate <= periodEnd && (DerivedEndDate is not { } end || end > periodEnd);

    /// <summary>The row's value for each header, as the flat file writes it (blank is null).</summary>
    public IReadOnlyDictionary<string, string?> Fields()
    {
        var service = Event.Service;
        var linked = Person.LinkedPersonIds;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [CldHeaders.LaCode] = LaCode.Value,
            [CldHeaders.ReportingPeriodStartDate] = Date(Period.Start),
            [CldHeaders.ReportingPeriodEndDate] = Date(Period.End),
            [CldHeaders.LaPersonUniqueIdentifier] = Person.LaPersonUniqueIdentifier,
            [CldHeaders.NhsNumber] = Person.NhsNumber,
            [CldHeaders.GpPracticeCode] = Person.GpPracticeCode,
            [CldHeaders.Gender] = Person.Gender,
            [CldHeaders.Ethnicity] = Person.Ethnicity,
            [CldHeaders.YearOfBirth] = Person.Birth?.Year.ToString("0000", CultureInfo.InvariantCulture),
            [CldHeaders.MonthOfBirth] = Person.Birth?.Month.ToString("00", CultureInfo.InvariantCulture),
            [CldHeaders.DateOfDeath] = Date(Person.DateOfDeath),
            [CldHeaders.ClientType] = Person.ClientType,
            [CldHeaders.PrimarySupportReason] = Person.PrimarySupportReason,
            [CldHeaders.AccommodationStatus] = Person.AccommodationStatus,
            [CldHeaders.EmploymentStatus] = Person.EmploymentStatus,
            [CldHeaders.HasUnpaidCarer] = Person.HasUnpaidCarer,
            [CldHeaders.AutismSpectrumDisorder] = Person.AutismSpectrumDisorder,
            [CldHeaders.VisualImpairment] = Person.VisualImpairment,
            [CldHeaders.HearingImpairment] = Person.HearingImpairment,
            [CldHeaders.Dementia] = Person.Dementia,
            [CldHeaders.TotalHrsCaringPerWeek] = Number(Person.TotalHrsCaringPerWeek),
            [CldHeaders.NoOfAdultsBeingCaredFor] =
                Person.NoOfAdultsBeingCaredFor?.ToString(CultureInfo.InvariantCulture),
            [CldHeaders.Adult1LinkedPersonId] = linked.ElementAtOrDefault(0),
            [CldHeaders.Adult2LinkedPersonId] = linked.ElementAtOrDefault(1),
            [CldHeaders.Adult3LinkedPersonId] = linked.ElementAtOrDefault(2),
            [CldHeaders.EventType] = Event.EventType,
            [CldHeaders.EventReference] = Event.EventReference,
            [CldHeaders.EventStartDate] = Date(Event.EventStartDate),
            [CldHeaders.EventEndDate] = Date(Event.EventEndDate),
            [CldHeaders.EventDescription] = Event.EventDescription,
            [CldHeaders.EventOutcome] = Event.EventOutcome,
            [CldHeaders.RequestRouteOfAccess] = Event.RequestRouteOfAccess,
            [CldHeaders.AssessmentType] = Event.AssessmentType,
            [CldHeaders.EligibleNeedsIdentified] = Event.EligibleNeedsIdentified,
            [CldHeaders.MethodOfAssessment] = Event.MethodOfAssessment,
            [CldHeaders.ReviewReason] = Event.ReviewReason,
            [CldHeaders.ReviewOutcomesAchieved] = Event.ReviewOutcomesAchieved,
            [CldHeaders.MethodOfReview] = Event.MethodOfReview,
            [CldHeaders.ServiceType] = service?.ServiceType,
            [CldHeaders.ServiceComponent] = service?.ServiceComponent,
            [CldHeaders.DeliveryMechanism] = service?.DeliveryMechanism,
            [CldHeaders.ProviderCqcLocationId] = service?.ProviderCqcLocationId,
            [CldHeaders.ClientFundingStatus] = service?.ClientFundingStatus,
            [CldHeaders.UnitCost] = Number(service?.UnitCost),
            [CldHeaders.CostFrequencyUnitType] = service?.CostFrequencyUnitType,
            [CldHeaders.PlannedUnitsPerWeek] = Number(service?.PlannedUnitsPerWeek),
        };
        return values;
    }

    /// <summary>
    /// The row as a return's row, keyed by DHSC's unique-event key without the single-submission cost
    /// fields (<see cref="CldDedupKey"/>), so a changed cost shows as a changed field of the same row.
    /// </summary>
    public ReturnRow ToReturnRow() => new(CldDedupKey.Of(this, singleSubmission: false), Fields(), Source);

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Numeric (0.00), as B.2 L508 gives Planned_units_per_week.</summary>
    internal static string? Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);
}
