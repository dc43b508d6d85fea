namespace Returns.Domain.AscFr;

/// <summary>
/// The columns of an ASC-FR row, in file order: the published data file's keys (anchors B.4 L570-582: FY_Ending,
/// CASSR_CODE, CareType_KEY, AgeBand_KEY, PrimarySupportReason_KEY, SupportSetting_KEY, FinanceDescription_KEY)
/// and the measures of one cell: gross expenditure, activity in its unit and the unit cost from them (L566).
/// </summary>
public static class AscFrHeaders
{
    public const string FyEnding = "FY_Ending";
    public const string CassrCode = "CASSR_CODE";
    public const string CareType = "CareType_KEY";
    public const string AgeBand = "AgeBand_KEY";
    public const string PrimarySupportReason = "PrimarySupportReason_KEY";
    public const string SupportSetting = "SupportSetting_KEY";
    public const string FinanceDescription = "FinanceDescription_KEY";
    public const string People = "People";
    public const string Expenditure = "Expenditure";
    public const string ActivityUnit = "ActivityUnit";
    public const string Activity = "Activity";
    public const string UnitCost = "UnitCost";

    public static readonly IReadOnlyList<string> All =
    [
        FyEnding, CassrCode, CareType, AgeBand, PrimarySupportReason, SupportSetting, FinanceDescription, People,
        Expenditure, ActivityUnit, Activity, UnitCost,
    ];
}
