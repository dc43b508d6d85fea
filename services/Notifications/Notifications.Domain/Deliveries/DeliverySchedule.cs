using Commissioning.Domain;

namespace Notifications.Domain.Deliveries;

/// <summary>
/// The published retry schedule (issue 19 capability 3, after Svix's): the first attempt at once, then
/// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each failure; eight attempts in all, about 27 h 35 min.
/// Each wait is lengthened by up to 10% jitter so that receivers that failed together are not retried
/// together; the caller draws the jitter (a fraction from 0 to 1), keeping the rule deterministic.
/// </summary>
public static class DeliverySchedule
{
    /// <summary>The wait before each attempt; index 0 is the first attempt.</summary>
    public static readonly IReadOnlyList<TimeSpan> Delays =
    [
        TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>The most jitter adds to a wait: 10%.</summary>
    public const double MaxJitter = 0.10;

    /// <summary>A receiver that fails every delivery for this long is disabled.</summary>
    public static readonly TimeSpan FailingLimit = TimeSpan.FromDays(5);

    /// <summary>The longest Retry-After honoured: the schedule's longest wait, so none parks a delivery.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(10);

    public static int Attempts => Delays.Count;

    /// <summary>
    /// Rule JitteredDelay: the wait before attempt <paramref name="attempt"/> (1 is the first) lengthened by
    /// <paramref name="jitter"/> × 10%; null after the last attempt, when the delivery is exhausted.
    /// </summary>
    public static TimeSpan? DelayBefore(int attempt, double jitter)
    {
        DeliveryRules.AttemptsFromOne.Require(attempt >= 1, "attempt", "Attempts are counted from 1.");
        DeliveryRules.JitterFraction.Require(jitter is >= 0 and <= 1, "jitter",
            $"Jitter is a fraction from 0 to 1, not {jitter}.");
        if (attempt > Attempts) return null;
        var delay = Delays[attempt - 1];
        return delay + TimeSpan.FromTicks((long)(delay.Ticks * MaxJitter * jitter));
    }

    /// <summary>
    /// Rule RetryAfterHonoured: after failed attempt <paramref name="attemptsMade"/> the next goes at the
    /// scheduled wait or the receiver's Retry-After, whichever is longer (Retry-After capped at 10 h);
    /// null when that was the last attempt.
    /// </summary>
    public static DateTimeOffset? NextAttemptAt(DateTimeOffset failedAt, int attemptsMade, double jitter,
        TimeSpan? retryAfter)
    {
        if (DelayBefore(attemptsMade + 1, jitter) is not { } delay) return null;
        var asked = retryAfter is { } r && r > TimeSpan.Zero ? (r < MaxRetryAfter ? r : MaxRetryAfter) : TimeSpan.Zero;
        return failedAt + (asked > delay ? asked : delay);
    }

    /// <summary>Rule Succeeded: any 2xx answer; a redirect is not followed and counts as a failure.</summary>
    public static bool Succeeded(int? statusCode) => statusCode is >= 200 and <= 299;

    /// <summary>Rule GoneDisables: 410 Gone says the endpoint is no more; it is disabled, not retried.</summary>
    public static bool DisablesEndpoint(int? statusCode) => statusCode == 410;

    /// <summary>Rule FailingFiveDaysDisables: no success for 5 days since <paramref name="failingSince"/>.</summary>
    public static bool FailedTooLong(DateTimeOffset failingSince, DateTimeOffset now) =>
        now - failingSince >= FailingLimit;
}
