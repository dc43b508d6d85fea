using Commissioning.Domain;
using Returns.Api.Extracts;

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
public sealed record PersonFields(string? PersonReference, string? ClientType = null, string? Gender = null,
    string? Ethnicity = null, int? YearOfBirth = null, int? MonthOfBirth = null, string? PrimarySupportReason = null)
{
    /// <summary>A reference and, when given, a real month of birth; refused naming <c>people[i].field</c>.</summary>
    public PersonDetails Checked(int index)
    {
        var field = $"people[{index}]";
        RuleViolation.Require(!string.IsNullOrWhiteSpace(PersonReference), $"{field}.personReference",
            "Each person is named by their pseudonymous reference.");
        RuleViolation.Require(YearOfBirth is null or (>= 1900 and <= 2100), $"{field}.yearOfBirth",
            "A year of birth is four digits, 1900 to 2100.");
        RuleViolation.Require(MonthOfBirth is null or (>= 1 and <= 12), $"{field}.monthOfBirth",
            "A month of birth is 1 to 12.");
        return new PersonDetails(PersonReference!.Trim(), ClientType, Gender, Ethnicity, YearOfBirth, MonthOfBirth,
            PrimarySupportReason);
    }
}

/// <summary>Why a submitted return is corrected: required.</summary>
public sealed record Resubmission(string? Reason = null);
