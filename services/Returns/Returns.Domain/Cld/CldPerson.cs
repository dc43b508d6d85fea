using Commissioning.Domain;
using Returns.Domain.Returns;

namespace Returns.Domain.Cld;

/// <summary>
/// A year and month of birth: all DHSC receives of a date of birth (anchors-refresh §2 L37), so the day
/// is never held here.
/// </summary>
public readonly record struct BirthMonth(int Year, int Month)
{
    public static BirthMonth Of(DateOnly dateOfBirth) => new(dateOfBirth.Year, dateOfBirth.Month);
}

/// <summary>
/// The person details of a CLD row (anchors B.2 L485, L489; anchors-refresh §2 L34-37), fetched from care
/// packages at extract time; list fields hold their Release 2 spelling (<see cref="CldLists.Map"/>).
/// </summary>
public sealed record CldPerson
{
    /// <summary>Up to three adults cared for, "only where they are known to the local authority" (B.2 L509).</summary>
    public const int MaxLinkedAdults = 3;

    public required string LaPersonUniqueIdentifier { get; init; }
    public string? NhsNumber { get; init; }
    public string? GpPracticeCode { get; init; }
    public string? Gender { get; init; }
    public string? Ethnicity { get; init; }
    public BirthMonth? Birth { get; init; }
    public DateOnly? DateOfDeath { get; init; }
    public string? ClientType { get; init; }
    public string? PrimarySupportReason { get; init; }
    public string? AccommodationStatus { get; init; }
    public string? EmploymentStatus { get; init; }
    public string? HasUnpaidCarer { get; init; }
    public string? AutismSpectrumDisorder { get; init; }
    public string? VisualImpairment { get; init; }
    public string? HearingImpairment { get; init; }
    public string? Dementia { get; init; }
    public decimal? TotalHrsCaringPerWeek { get; init; }
    public int? NoOfAdultsBeingCaredFor { get; init; }
    public IReadOnlyList<string> LinkedPersonIds { get; init; } = [];

    /// <summary>
    /// Rule DerivedPersonId (anchors B.2 L494, Der_NHS_LA_Combined_Person_ID): the NHS number if present,
    /// else the LA person identifier.
    /// </summary>
    public string DerivedPersonId => string.IsNullOrWhiteSpace(NhsNumber) ? LaPersonUniqueIdentifier : NhsNumber.Trim();

    /// <summary>Rule LinkedAdultsAtMostThree (B.2 L509).</summary>
    public static IReadOnlyList<string> Linked(IReadOnlyList<string> ids)
    {
        ReturnRules.LinkedAdultsAtMostThree.Require(ids.Count <= MaxLinkedAdults, "linkedPersonIds",
            $"A carer links at most {MaxLinkedAdults} adults cared for, not {ids.Count}.");
        return ids;
    }
}
