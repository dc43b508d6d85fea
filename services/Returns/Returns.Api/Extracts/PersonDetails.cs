namespace Returns.Api.Extracts;

/// <summary>
/// The CLD person fields of one person, by pseudonymous reference, that the returns officer gives at extract time
/// (anchors-refresh §2 L34-37): never a name or an NHS number, and of the date of birth the year and month only.
/// They go into the rows of the version collected and are kept nowhere else.
/// </summary>
public sealed record PersonDetails(string PersonReference, string? ClientType, string? Gender, string? Ethnicity,
    int? YearOfBirth, int? MonthOfBirth, string? PrimarySupportReason);
