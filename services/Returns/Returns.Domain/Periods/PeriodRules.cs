using Commissioning.Domain;

namespace Returns.Domain.Periods;

/// <summary>The rules a return's period is named and bounded by.</summary>
public static class PeriodRules
{
    public static readonly Rule CldFromItsFirstQuarter = new("cld-from-its-first-quarter", ViolationKind.Invalid,
        "CLD began with 2023/24 Q1; no CLD quarter comes before it.", "refresh §2 L24-25; anchors B.1 L472");
    public static readonly Rule PeriodExists = new("period-exists", ViolationKind.Invalid,
        "A period is a financial year (2024/25), a quarter Q1 to Q4 or a month M01 to M12 of one.",
        "issue 18 \"Must show\"");
}
