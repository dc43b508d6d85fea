using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// The clock of a rehearsal or training installation, which an operator sets: <c>Clock:RehearsalFile</c> names a
/// file holding an instant (ISO 8601, e.g. <c>2018-03-01T09:00:00Z</c>), and from the moment the file is written
/// the service's time runs on from that instant. An HR adviser can rehearse a TUPE transfer on its own date, or a
/// returns officer a year end, without waiting for it; the end-to-end tests move a whole platform through A's
/// transfer of 1 April 2018 this way. Every service given the same file agrees on the date.
/// A production installation refuses the setting: there the date is the machine's. Only the business clock
/// moves: tokens and gRPC deadlines keep to the machine's clock, which other processes check them against.
/// </summary>
public sealed class RehearsalClock(string file) : TimeProvider
{
    public const string Setting = "Clock:RehearsalFile";
    private (DateTime Written, DateTimeOffset SetTo) _last;
    private readonly Lock _reading = new();

    /// <summary>The rehearsal clock when the setting names a file, else the machine's.</summary>
    public static TimeProvider From(IConfiguration configuration, IHostEnvironment environment)
    {
        var file = configuration[Setting];
        if (string.IsNullOrWhiteSpace(file)) return System;
        if (environment.IsProduction())
            throw new InvalidOperationException($"{Setting} sets a rehearsal clock, which production refuses.");
        var clock = new RehearsalClock(file);
        clock.GetUtcNow(); // a missing or unreadable file stops the service as it starts, not on its first request
        return clock;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_reading)
        {
            var written = File.GetLastWriteTimeUtc(file);
            // A file removed, or caught half-written, leaves the clock where it was last set.
            if (written != _last.Written && File.Exists(file) && Read() is { } setTo) _last = (written, setTo);
            if (_last.Written == default)
                throw new InvalidOperationException($"{Setting}: {file} holds no ISO 8601 instant.");
            return _last.SetTo + (System.GetUtcNow().UtcDateTime - _last.Written);
        }
    }

    private DateTimeOffset? Read()
    {
        try
        {
            return DateTimeOffset.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        }
        catch (IOException)
        {
            return null; // being replaced: read again on the next call
        }
    }
}
