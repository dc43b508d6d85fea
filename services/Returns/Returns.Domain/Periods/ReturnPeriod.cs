using System.Globalization;
using Commissioning.Domain;

namespace Returns.Domain.Periods;

/// <summary>
/// The period a return covers, named as "2024/25" (a year), "2024/25 Q2" (a quarter) or "2024/25 M07"
/// (October 2024). A period that does not exist is refused naming <c>period</c>.
/// </summary>
public sealed record ReturnPeriod
{
    private const string Field = "period";

    /// <summary>
    /// CLD became mandatory in April 2023, "first mandatory submission in July 2023, covering Apr–Jun
    /// 2023" (anchors B.1 L472): there is no CLD quarter before 2023/24 Q1 and no window starts before this day.
    /// </summary>
    public static readonly DateOnly FirstCldDay = new(2023, 4, 1);

    private ReturnPeriod(PeriodKind kind, FinancialYear year, int? number, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Year = year;
        Number = number;
        Start = start;
        End = end;
    }

    public PeriodKind Kind { get; }
    public FinancialYear Year { get; }
    /// <summary>The quarter (1-4) or month (1-12) in the financial year; none for a year.</summary>
    public int? Number { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }

    public string Label => Kind switch
    {
        PeriodKind.FinancialYear => Year.ToString(),
        PeriodKind.Month => $"{Year} M{Number:00}",
        _ => $"{Year} Q{Number}",
    };

    /// <summary>
    /// Rule CldRollingTwelveMonths (anchors-refresh §2 L24-25 "each submission a rolling 12 months"): the
    /// 12 months ending at the quarter's end, never starting before <see cref="FirstCldDay"/>.
    /// </summary>
    public static ReturnPeriod CldQuarter(FinancialYear year, int quarter)
    {
        var end = QuarterEnd(year, quarter);
        PeriodRules.CldFromItsFirstQuarter.Require(end > FirstCldDay, Field,
            $"CLD began with 2023/24 Q1; there is no CLD {year} Q{quarter}.");
        var start = end.AddDays(1).AddMonths(-12);
        return new ReturnPeriod(PeriodKind.CldQuarter, year, quarter, start < FirstCldDay ? FirstCldDay : start, end);
    }

    public static ReturnPeriod Quarter(FinancialYear year, int quarter) =>
        new(PeriodKind.Quarter, year, quarter, QuarterEnd(year, quarter).AddDays(1).AddMonths(-3),
            QuarterEnd(year, quarter));

    public static ReturnPeriod ForYear(FinancialYear year) =>
        new(PeriodKind.FinancialYear, year, null, year.Start, year.End);

    /// <summary>Month 1 is April, month 12 is March (<see cref="FinancialYear.MonthNumber"/>).</summary>
    public static ReturnPeriod Month(FinancialYear year, int month)
    {
        PeriodRules.PeriodExists.Require(month is >= 1 and <= 12, Field,
            $"A financial year has months M01 to M12, not M{month:00}.");
        var start = year.Start.AddMonths(month - 1);
        return new ReturnPeriod(PeriodKind.Month, year, month, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>Parses "2024/25", "2024/25 Q2" or "2024/25 M07" as a period of <paramref name="kind"/>.</summary>
    public static ReturnPeriod Parse(PeriodKind kind, string? text)
    {
        var parts = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var year = ParseYear(parts.FirstOrDefault(), text);
        var expected = kind switch { PeriodKind.FinancialYear => 1, _ => 2 };
        PeriodRules.PeriodExists.Require(parts.Length == expected, Field, $"'{text}' is not a {Describe(kind)}.");
        if (kind == PeriodKind.FinancialYear) return ForYear(year);
        var prefix = kind == PeriodKind.Month ? "M" : "Q";
        PeriodRules.PeriodExists.Require(parts[1].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out _), Field,
            $"'{text}' is not a {Describe(kind)}.");
        var number = int.Parse(parts[1][1..], CultureInfo.InvariantCulture);
        return kind switch
        {
            PeriodKind.CldQuarter => CldQuarter(year, number),
            PeriodKind.Quarter => Quarter(year, number),
            _ => Month(year, number),
        };
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => Label;

    private static DateOnly QuarterEnd(FinancialYear year, int quarter)
    {
        PeriodRules.PeriodExists.Require(quarter is >= 1 and <= 4, Field,
            $"A financial year has quarters Q1 to Q4, not Q{quarter}.");
        return year.Start.AddMonths(3 * quarter).AddDays(-1);
    }

    private static FinancialYear ParseYear(string? year, string? text)
    {
        try
        {
            return FinancialYear.Parse(year ?? "");
        }
        catch (RuleViolation)
        {
            throw PeriodRules.PeriodExists.Broken(Field,
                $"'{text}' does not start with a financial year like 2024/25.");
        }
    }

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.FinancialYear => "financial year like 2024/25",
        PeriodKind.Month => "month like 2024/25 M07",
        _ => "quarter like 2024/25 Q2",
    };
}
