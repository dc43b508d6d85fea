namespace Commissioning.ServiceDefaults;

/// <summary>
/// "Today" as an English council or NHS body counts it: the date in London from the service's one clock
/// (<see cref="TimeProvider"/>, registered by AddServiceDefaults). UTC would give yesterday's date between
/// midnight and 1am in summer, so two services could disagree on a deadline or a start date.
/// </summary>
public static class BusinessDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly LondonToday(this TimeProvider clock) => LondonDate(clock.GetUtcNow());

    /// <summary>The date in London at <paramref name="instant"/> (an event's occurred_at, say).</summary>
    public static DateOnly LondonDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}
