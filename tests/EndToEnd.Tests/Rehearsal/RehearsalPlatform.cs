using System.Globalization;
using Commissioning.ServiceDefaults;
using Xunit;

namespace EndToEnd.Tests.Rehearsal;

/// <summary>
/// A platform of its own on a rehearsal clock (Clock:RehearsalFile) that the test sets, so a transfer runs
/// through the documents' own dates (A: 1 April 2018) without touching what the other end-to-end tests read.
/// It starts on the machine's time, so the demo loads as it does for everyone.
/// </summary>
public sealed class RehearsalPlatform : LocalPlatform
{
    private readonly string _clock = Path.Combine(Directory.CreateTempSubdirectory("clock-").FullName, "clock");

    public RehearsalPlatform() => File.WriteAllText(_clock, DateTimeOffset.UtcNow.ToString("O"));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(UnlimitedRates)
    {
        [RehearsalClock.Setting.Replace(":", "__")] = _clock,
    };

    /// <summary>Sets every service's date: eleven in the morning in London, winter or summer.</summary>
    public void SetDate(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var offset = TimeZoneInfo.FindSystemTimeZoneById("Europe/London")
            .GetUtcOffset(date.ToDateTime(TimeOnly.MinValue));
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(11, 0)), offset);
        File.WriteAllText(_clock, at.ToString("O", CultureInfo.InvariantCulture));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_clock)!, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class RehearsalCollection : ICollectionFixture<RehearsalPlatform>
{
    public const string Name = "rehearsal";
}
