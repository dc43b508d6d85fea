using Returns.Domain.Returns;
using Returns.Domain.Validation;

namespace Returns.Domain.AscFr;

/// <summary>
/// Validates an ASC-FR version's cells before sign-off: every cell names a known age band, primary support reason,
/// support setting and care type (the keys of anchors B.4 L582), an adult's (ASC-FR is adult social care), and
/// home care has the hours its unit cost needs (L567: home care's unit cost is an hourly rate).
/// </summary>
public static class AscFrValidator
{
    public const string KnownKey = "KnownKey";
    public const string AdultsOnly = "AdultsOnly";
    public const string HomeCareHours = "HomeCareHours";

    private static readonly string[] Keys =
    [
        AscFrHeaders.CareType, AscFrHeaders.AgeBand, AscFrHeaders.PrimarySupportReason, AscFrHeaders.SupportSetting,
    ];

    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ReturnRow> rows) =>
        [.. rows.SelectMany((row, i) => Check(row, i + 1))];

    private static IEnumerable<Finding> Check(ReturnRow row, int number)
    {
        Finding Found(string field, string rule, string message) => new(number, field, rule, row.Source, message);
        foreach (var key in Keys.Where(k => row.Fields.GetValueOrDefault(k) == AscFrCell.Unknown))
            yield return Found(key, KnownKey, $"{key} is not known for these services: supply it and collect again.");
        if (row.Fields.GetValueOrDefault(AscFrHeaders.AgeBand) == AscFrCell.UnderEighteen)
            yield return Found(AscFrHeaders.AgeBand, AdultsOnly,
                "These services are a child's: ASC-FR reports adults (18 and over) only.");
        if (row.Fields.GetValueOrDefault(AscFrHeaders.SupportSetting) == AscFrCell.HomeCare
            && row.Fields.GetValueOrDefault(AscFrHeaders.UnitCost) is null)
            yield return Found(AscFrHeaders.Activity, HomeCareHours,
                "Home care's unit cost is an hourly rate: its services need hourly costs with planned hours a week.");
    }
}
