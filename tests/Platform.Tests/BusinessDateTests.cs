using Commissioning.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>One clock, London's date (ARCHITECTURE.md "Money": "today" is the London date, from TimeProvider).</summary>
public class BusinessDateTests
{
    private sealed class At(DateTimeOffset utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utc;
    }

    [Fact]
    public void After_11pm_UTC_in_summer_it_is_already_tomorrow_in_London()
    {
        var halfPastEleven = new At(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 2), halfPastEleven.LondonToday());
    }

    [Fact]
    public void In_winter_London_keeps_the_UTC_date_until_midnight()
    {
        var halfPastEleven = new At(new DateTimeOffset(2026, 1, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 1), halfPastEleven.LondonToday());
    }
}
