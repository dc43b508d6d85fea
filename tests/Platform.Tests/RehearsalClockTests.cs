using Commissioning.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// The rehearsal clock an operator sets through a file (Clock:RehearsalFile): a service starts its day on the
/// instant written, its time runs on from there, it moves when the file is written again, and production
/// refuses it.
/// </summary>
public sealed class RehearsalClockTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("clock-").FullName, "clock");

    private TimeProvider ClockIn(string environment) => RehearsalClock.From(
        new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { [RehearsalClock.Setting] = _file }).Build(),
        new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void The_date_is_the_one_written_and_moves_when_the_file_is_written_again()
    {
        File.WriteAllText(_file, "2018-03-01T09:00:00Z");
        var clock = ClockIn(Environments.Development);
        var first = clock.GetUtcNow();
        Assert.Equal(new DateOnly(2018, 3, 1), clock.LondonToday());
        Assert.InRange(first - new DateTimeOffset(2018, 3, 1, 9, 0, 0, TimeSpan.Zero), TimeSpan.Zero,
            TimeSpan.FromMinutes(1));
        Assert.True(clock.GetUtcNow() >= first, "the rehearsal's time runs on from the instant set");

        // A §1.1 L195: the transfer's day, 1 April 2018 (British Summer Time: midnight UTC is 1am in London).
        File.WriteAllText(_file, "2018-04-01T00:00:00Z");
        Assert.Equal(new DateOnly(2018, 4, 1), clock.LondonToday());
    }

    [Fact]
    public void Without_the_setting_the_clock_is_the_machines()
    {
        var clock = RehearsalClock.From(new ConfigurationBuilder().Build(),
            new HostingEnvironment { EnvironmentName = Environments.Production });

        Assert.Same(TimeProvider.System, clock);
    }

    [Fact]
    public void Production_refuses_a_rehearsal_clock()
    {
        File.WriteAllText(_file, "2018-03-01T09:00:00Z");

        var refused = Assert.Throws<InvalidOperationException>(() => ClockIn(Environments.Production));
        Assert.Contains(RehearsalClock.Setting, refused.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("the first of April")]
    public void A_missing_or_unreadable_file_stops_the_service_as_it_starts(string? text)
    {
        if (text is not null) File.WriteAllText(_file, text);

        var refused = Assert.Throws<InvalidOperationException>(() => ClockIn(Environments.Development));
        Assert.Contains(_file, refused.Message);
    }

    [Fact]
    public void A_file_removed_while_running_leaves_the_clock_where_it_was_set()
    {
        File.WriteAllText(_file, "2018-03-01T09:00:00Z");
        var clock = ClockIn(Environments.Staging);

        File.Delete(_file);
        Assert.Equal(new DateOnly(2018, 3, 1), clock.LondonToday());
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
