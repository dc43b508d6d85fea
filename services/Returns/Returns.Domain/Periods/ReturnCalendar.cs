using Commissioning.Domain;
using Returns.Domain.Returns;

namespace Returns.Domain.Periods;

/// <summary>Where a return stands against its due date on a day.</summary>
public enum DueState { NotYetDue, Approaching, DueToday, Overdue, Submitted }

/// <summary>
/// Which periods each return covers and when it is due. The documents give cadences but no deadlines
/// (C_plymouth_halton gap 35, L934; A_wirral_staffs gap 13, L1134), so the dates are the service's
/// decisions, stated in the README, each anchored on the cadence its source gives.
/// </summary>
public static class ReturnCalendar
{
    /// <summary>
    /// A due date is shown as approaching from this many working days before it, as workforce's deadlines are.
    /// </summary>
    public const int ApproachingWorkingDays = 10;

    /// <summary>Rule PeriodFitsTheReturn: the shapes of period each kind of return is made for.</summary>
    public static IReadOnlyList<PeriodKind> PeriodKindsOf(ReturnKind kind) => kind switch
    {
        ReturnKind.Cld => [PeriodKind.CldQuarter],
        ReturnKind.AscFr or ReturnKind.BcfYearEnd => [PeriodKind.FinancialYear],
        ReturnKind.BcfQuarter => [PeriodKind.Quarter],
        // P:L405 "quarterly reports to each partners and annual report": the year is the annual report.
        ReturnKind.PoolQuarterly => [PeriodKind.Quarter, PeriodKind.FinancialYear],
        ReturnKind.JointMonthly => [PeriodKind.Month],
        _ => throw ReturnRules.KnownReturn.Broken("kind", $"'{kind}' is not a return the service makes."),
    };

    /// <summary>
    /// The period <paramref name="text"/> names for <paramref name="kind"/>, refused naming <c>period</c>.
    /// </summary>
    public static ReturnPeriod PeriodOf(ReturnKind kind, string? text)
    {
        var kinds = PeriodKindsOf(kind);
        var shape = kinds.Count > 1 && !(text ?? "").Contains(' ') ? PeriodKind.FinancialYear : kinds[0];
        return ReturnPeriod.Parse(shape, text);
    }

    /// <summary>Rule DueDateOfTheReturn: the day each return is due for its period (README "Due dates").</summary>
    public static DateOnly DueOn(ReturnKind kind, ReturnPeriod period) => (kind, period.Kind) switch
    {
        // Anchors B.1 L472: the Apr–Jun 2023 quarter was submitted in July 2023: the month after the quarter.
        (ReturnKind.Cld, _) => EndOfMonthAfter(period.End, 1),
        // Decision: the ASC-FR collection closes in the July after the year (anchors B.1 L474 "annual").
        (ReturnKind.AscFr, _) => new DateOnly(period.End.Year, 7, 31),
        // Decision: a BCF quarter is due at the end of the second month after it, the year-end report on 31 May.
        (ReturnKind.BcfQuarter, _) => EndOfMonthAfter(period.End, 2),
        (ReturnKind.BcfYearEnd, _) => new DateOnly(period.End.Year, 5, 31),
        // Decision: a pool's quarterly report a month after the quarter, its annual report by 30 June (P:L405).
        (ReturnKind.PoolQuarterly, PeriodKind.FinancialYear) => new DateOnly(period.End.Year, 6, 30),
        (ReturnKind.PoolQuarterly, _) => EndOfMonthAfter(period.End, 1),
        // Decision: the joint monthly report within 10 working days of the month end (W:716 gives no deadline).
        (ReturnKind.JointMonthly, _) => WorkingDays.AddWorkingDays(period.End, 10),
        _ => throw ReturnRules.KnownReturn.Broken("kind", $"'{kind}' is not a return the service makes."),
    };

    /// <summary>
    /// Rule DueStates (issue 18 cap. 8, "as they approach and when missed"): approaching from
    /// <see cref="ApproachingWorkingDays"/> working days before, due on the day, overdue after, until submitted.
    /// </summary>
    public static DueState StateOn(DateOnly dueOn, DateOnly today, bool submitted)
    {
        if (submitted) return DueState.Submitted;
        if (today > dueOn) return DueState.Overdue;
        if (today == dueOn) return DueState.DueToday;
        return WorkingDays.AddWorkingDays(today, ApproachingWorkingDays) >= dueOn
            ? DueState.Approaching
            : DueState.NotYetDue;
    }

    private static DateOnly EndOfMonthAfter(DateOnly date, int months)
    {
        var month = new DateOnly(date.Year, date.Month, 1).AddMonths(months);
        return month.AddMonths(1).AddDays(-1);
    }
}
