namespace Returns.Api.Apis;

/// <summary>
/// A return to open: its kind ("cld", "asc-fr", "bcf-quarter", "bcf-year-end", "pool-quarterly",
/// "joint-monthly"), the council by GSS code and the period ("2024/25 Q1", "2024/25", "2024/25 M07").
/// </summary>
public sealed record NewReturn(string? Kind, string? Council, string? Period);

/// <summary>
/// A collection of the current version's rows. <c>people</c> gives the CLD person fields of each person by
/// pseudonymous reference, as the returns officer takes them from the council's case record at extract time;
/// never a name or an NHS number, and of the date of birth the year and month only.
/// </summary>
public sealed record Collection(IReadOnlyList<PersonFields>? People = null);

/// <summary>One person's CLD fields (anchors-refresh §2 L34-37).</summary>
public sealed record PersonFields(string PersonReference, string? ClientType, string? Gender, string? Ethnicity,
    int? YearOfBirth, int? MonthOfBirth, string? PrimarySupportReason);

/// <summary>Why a submitted return is corrected: required.</summary>
public sealed record Resubmission(string? Reason = null);
