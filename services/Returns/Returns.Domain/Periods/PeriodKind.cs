namespace Returns.Domain.Periods;

/// <summary>The shapes of period a return covers.</summary>
public enum PeriodKind
{
    /// <summary>A CLD quarter: the rolling 12 months ending at a financial quarter's end.</summary>
    CldQuarter,
    /// <summary>A financial year, 1 April to 31 March.</summary>
    FinancialYear,
    /// <summary>A financial quarter: Q1 April to June.</summary>
    Quarter,
    /// <summary>A month, numbered as finance numbers them (M01 is April).</summary>
    Month,
}
