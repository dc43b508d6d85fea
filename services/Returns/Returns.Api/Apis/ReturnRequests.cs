using Commissioning.Domain;
using Returns.Domain.Returns;
using Returns.Api.Extracts;

namespace Returns.Api.Apis;

/// <summary>
/// A return to open: its kind ("cld", "asc-fr", "bcf-quarter", "bcf-year-end", "pool-quarterly",
/// "joint-monthly"), the council by GSS code and the period ("2024/25 Q1", "2024/25", "2024/25 M07").
/// </summary>
public sealed record NewReturn(string? Kind, string? Council, string? Period);

/// <summary>
/// A collection of the current version's rows. The year and month of birth come from care packages at extract
/// time; <c>people</c> gives, by pseudonymous reference, the CLD person fields care packages records none of yet
/// (client type, gender, ethnicity, primary support reason), as the returns officer takes them from the council's
/// case record: never a name, an NHS number or a date of birth. A field care packages gives wins over it.
/// </summary>
public sealed record Collection(IReadOnlyList<PersonFields>? People = null);

/// <summary>One person's CLD fields that care packages does not record (anchors-refresh §2 L34-37).</summary>
public sealed record PersonFields(string? PersonReference, string? ClientType = null, string? Gender = null,
    string? Ethnicity = null, string? PrimarySupportReason = null)
{
    /// <summary>A reference is required; refused naming <c>people[i].personReference</c>.</summary>
    public PersonDetails Checked(int index)
    {
        ReturnRules.PersonNamedByReference.Require(!string.IsNullOrWhiteSpace(PersonReference),
            $"people[{index}].personReference",
            "Each person is named by their pseudonymous reference.");
        return new PersonDetails(PersonReference!.Trim(), ClientType, Gender, Ethnicity, null, null,
            PrimarySupportReason);
    }
}

/// <summary>Why a submitted return is corrected: required.</summary>
public sealed record Resubmission(string? Reason = null);
