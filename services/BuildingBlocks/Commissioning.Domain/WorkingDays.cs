namespace Commissioning.Domain;

/// <summary>
/// Working days in England and Wales: Monday to Friday less bank holidays. Bank holidays follow the
/// Banking and Financial Dealings Act pattern (New Year, Good Friday, Easter Monday, early May,
/// spring, summer, Christmas, Boxing Day, with weekend substitutes) plus the one-off changes
/// proclaimed since 2010 (royal events and the moved May holidays).
/// </summary>
public static class WorkingDays
{
    private static readonly Dictionary<int, (DateOnly[] removed, DateOnly[] added)> Proclaimed = new()
    {
        [2011] = ([], [new(2011, 4, 29)]),
        [2012] = ([new(2012, 5, 28)], [new(2012, 6, 4), new(2012, 6, 5)]),
        [2020] = ([new(2020, 5, 4)], [new(2020, 5, 8)]),
        [2022] = ([new(2022, 5, 30)], [new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19)]),
        [2023] = ([], [new(2023, 5, 8)]),
    };

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays(date.Year).Contains(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (which itself is not counted).</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (days < 0) throw RuleViolation.Invalid("days", "Working days to add cannot be negative.");
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    public static IReadOnlySet<DateOnly> BankHolidays(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        AddChristmas(year, days);
        if (Proclaimed.TryGetValue(year, out var change))
        {
            days.ExceptWith(change.removed);
            days.UnionWith(change.added);
        }
        return days;
    }

    private static void AddChristmas(int year, HashSet<DateOnly> days)
    {
        var christmas = new DateOnly(year, 12, 25);
        var (first, second) = christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => (christmas, christmas.AddDays(3)),
            DayOfWeek.Saturday => (christmas.AddDays(2), christmas.AddDays(3)),
            DayOfWeek.Sunday => (christmas.AddDays(2), christmas.AddDays(1)),
            _ => (christmas, christmas.AddDays(1)),
        };
        days.Add(first);
        days.Add(second);
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(1);
        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(-1);
        return date;
    }

    /// <summary>Western Easter by the anonymous Gregorian algorithm.</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
