namespace Returns.Api.Extracts;

/// <summary>
/// The CLD person fields of one person, by pseudonymous reference (anchors-refresh §2 L34-37): never a name or an
/// NHS number, and of the date of birth the year and month only. They go into the rows of the version collected
/// and are kept nowhere else.
/// </summary>
public sealed record PersonDetails(string PersonReference, string? ClientType, string? Gender, string? Ethnicity,
    int? YearOfBirth, int? MonthOfBirth, string? PrimarySupportReason)
{
    /// <summary>
    /// Care packages' answer, each field it records winning, and what the returns officer gave for the fields it
    /// records none of (gender, ethnicity, client type, primary support reason). The birth month is care packages'
    /// only: the officer gives none.
    /// </summary>
    public static IReadOnlyDictionary<string, PersonDetails> Merge(
        IReadOnlyDictionary<string, PersonDetails> fromCarePackages, IReadOnlyDictionary<string, PersonDetails> given)
    {
        var merged = new Dictionary<string, PersonDetails>(given, StringComparer.Ordinal);
        foreach (var (reference, known) in fromCarePackages)
            merged[reference] = given.GetValueOrDefault(reference) is not { } officers ? known : known with
            {
                ClientType = known.ClientType ?? officers.ClientType, Gender = known.Gender ?? officers.Gender,
                Ethnicity = known.Ethnicity ?? officers.Ethnicity,
                PrimarySupportReason = known.PrimarySupportReason ?? officers.PrimarySupportReason,
            };
        return merged;
    }
}
