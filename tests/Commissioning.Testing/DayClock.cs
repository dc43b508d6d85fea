namespace Commissioning.Testing;

/// <summary>
/// A service's one clock, set to a day of a document's calendar: 11:00 UTC on <see cref="Today"/>, which is the
/// same date in London in summer and winter, so a scheduled worker's "today" is the day the test names.
/// </summary>
public sealed class DayClock : TimeProvider
{
    public DateOnly Today { get; set; }

    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
}
