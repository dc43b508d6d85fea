namespace Returns.Domain.BetterCare;

/// <summary>
/// The columns of the BCF quarterly and end-of-year rows, in file order (anchors B.5 L590: the template's budget
/// arrangements, national conditions and income and expenditure sheets): the period and host, the fund, the
/// section the row belongs to, its item (the scheme's code, the condition's name), and the figures a section uses;
/// the others are blank.
/// </summary>
public static class BcfHeaders
{
    public const string PeriodEnd = "Period_End";
    public const string Host = "Host_Code";
    public const string FundId = "Fund_ID";
    public const string Fund = "Fund";
    public const string Section = "Section";
    public const string Item = "Item";
    public const string Description = "Description";
    public const string Income = "Income";
    public const string Expenditure = "Expenditure";
    public const string Forecast = "Forecast_Outturn";
    public const string Planned = "Planned";
    public const string Required = "Required";
    public const string Shortfall = "Shortfall";
    public const string Met = "Met";
    public const string Date = "Date";
    public const string Evidence = "Evidence";

    public static readonly IReadOnlyList<string> All =
    [
        PeriodEnd, Host, FundId, Fund, Section, Item, Description, Income, Expenditure, Forecast, Planned, Required,
        Shortfall, Met, Date, Evidence,
    ];

    /// <summary>The template's sections, each a sheet of the workbook, in its order.</summary>
    public static class Sections
    {
        public const string BudgetArrangements = "Budget arrangements";
        public const string NationalConditions = "National conditions";
        public const string IncomeAndExpenditure = "Income and expenditure";
        public const string MinimumContribution = "NHS minimum contribution";

        public static readonly IReadOnlyList<string> All =
            [BudgetArrangements, NationalConditions, IncomeAndExpenditure, MinimumContribution];
    }

    /// <summary>The items of the rows that are not a scheme or a condition.</summary>
    public static class Items
    {
        public const string S75Pooling = "S75 pooling";
        public const string Total = "TOTAL";
        public const string LocalMinimum = "Local minimum";
        public const string CcgTransfer = "CCG 3% transfer";
    }
}
