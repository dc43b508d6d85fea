using System.Globalization;
using Returns.Domain.Cld;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using H = Returns.Domain.Cld.CldHeaders;

namespace Returns.Api.Extracts;

/// <summary>
/// Reads a version's rows back as CLD rows, so the validator judges exactly what the artefact will hold: a
/// version keeps its rows as fields by header (<see cref="ReturnRow"/>), written by <see cref="CldRow.Fields"/>.
/// </summary>
public static class CldRowReader
{
    public static IReadOnlyList<CldRow> Read(StatutoryReturn statutoryReturn, IReadOnlyList<ReturnRow> rows) =>
        [.. rows.Select(r => Read(statutoryReturn.Council, statutoryReturn.Period, r))];

    private static CldRow Read(CouncilCode council, ReturnPeriod period, ReturnRow row)
    {
        string? F(string header) => row.Fields.GetValueOrDefault(header);
        return new CldRow(council, period, Person(F), Event(F), row.Source);
    }

    private static CldPerson Person(Func<string, string?> f) => new()
    {
        LaPersonUniqueIdentifier = f(H.LaPersonUniqueIdentifier) ?? "", NhsNumber = f(H.NhsNumber),
        GpPracticeCode = f(H.GpPracticeCode), Gender = f(H.Gender), Ethnicity = f(H.Ethnicity),
        Birth = Int(f(H.YearOfBirth)) is { } year && Int(f(H.MonthOfBirth)) is { } month ? new(year, month) : null,
        DateOfDeath = Date(f(H.DateOfDeath)), ClientType = f(H.ClientType),
        PrimarySupportReason = f(H.PrimarySupportReason), AccommodationStatus = f(H.AccommodationStatus),
        EmploymentStatus = f(H.EmploymentStatus), HasUnpaidCarer = f(H.HasUnpaidCarer),
        AutismSpectrumDisorder = f(H.AutismSpectrumDisorder), VisualImpairment = f(H.VisualImpairment),
        HearingImpairment = f(H.HearingImpairment), Dementia = f(H.Dementia),
        TotalHrsCaringPerWeek = Number(f(H.TotalHrsCaringPerWeek)),
        NoOfAdultsBeingCaredFor = Int(f(H.NoOfAdultsBeingCaredFor)),
        LinkedPersonIds = [.. new[] { H.Adult1LinkedPersonId, H.Adult2LinkedPersonId, H.Adult3LinkedPersonId }
            .Select(f).OfType<string>()],
    };

    private static CldEvent Event(Func<string, string?> f) => new()
    {
        EventType = f(H.EventType), EventReference = f(H.EventReference), EventStartDate = Date(f(H.EventStartDate)),
        EventEndDate = Date(f(H.EventEndDate)), EventDescription = f(H.EventDescription),
        EventOutcome = f(H.EventOutcome), RequestRouteOfAccess = f(H.RequestRouteOfAccess),
        AssessmentType = f(H.AssessmentType), EligibleNeedsIdentified = f(H.EligibleNeedsIdentified),
        MethodOfAssessment = f(H.MethodOfAssessment), ReviewReason = f(H.ReviewReason),
        ReviewOutcomesAchieved = f(H.ReviewOutcomesAchieved), MethodOfReview = f(H.MethodOfReview),
        Service = f(H.EventType) == CldRow.Service ? Service(f) : null,
    };

    private static CldService Service(Func<string, string?> f) => new()
    {
        ServiceType = f(H.ServiceType), ServiceComponent = f(H.ServiceComponent),
        DeliveryMechanism = f(H.DeliveryMechanism), ProviderCqcLocationId = f(H.ProviderCqcLocationId),
        ClientFundingStatus = f(H.ClientFundingStatus), UnitCost = Number(f(H.UnitCost)),
        CostFrequencyUnitType = f(H.CostFrequencyUnitType), PlannedUnitsPerWeek = Number(f(H.PlannedUnitsPerWeek)),
    };

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Int(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static decimal? Number(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
