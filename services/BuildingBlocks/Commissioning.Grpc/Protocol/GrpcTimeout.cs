using System.Globalization;

namespace Commissioning.Grpc;

/// <summary>The grpc-timeout header: at most 8 digits and a unit (H, M, S, m, u, n).</summary>
internal static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    public static bool TryParse(string? text, out TimeSpan timeout)
    {
        timeout = default;
        if (text is not { Length: >= 2 and <= 9 }) return false;
        if (!long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return false;
        double? ticks = text[^1] switch
        {
            'H' => value * (double)TimeSpan.TicksPerHour,
            'M' => value * (double)TimeSpan.TicksPerMinute,
            'S' => value * (double)TimeSpan.TicksPerSecond,
            'm' => value * (double)TimeSpan.TicksPerMillisecond,
            'u' => value * 10d,
            'n' => value / 100d,
            _ => null,
        };
        if (ticks is null) return false;
        timeout = TimeSpan.FromTicks((long)Math.Min(ticks.Value, TimeSpan.MaxValue.Ticks));
        return true;
    }

    /// <summary>Milliseconds while they fit in 8 digits, then seconds, then hours.</summary>
    public static string Format(TimeSpan timeout)
    {
        var ms = Math.Max(0, (long)Math.Ceiling(timeout.TotalMilliseconds));
        if (ms <= MaxValue) return ms.ToString(CultureInfo.InvariantCulture) + "m";
        var seconds = ms / 1000;
        if (seconds <= MaxValue) return seconds.ToString(CultureInfo.InvariantCulture) + "S";
        return Math.Min(seconds / 3600, MaxValue).ToString(CultureInfo.InvariantCulture) + "H";
    }
}
