using Commissioning.Domain;

namespace Notifications.Domain.Deliveries;

/// <summary>
/// What one attempt met: the receiver's status code, or why there was none (a timeout, a refused
/// connection, a TLS failure), how long it took, the start of the answer and any Retry-After it gave.
/// </summary>
public sealed record AttemptResult(int? StatusCode, string? Failure, TimeSpan Duration, string? ResponseBody,
    TimeSpan? RetryAfter)
{
    public static AttemptResult Answered(int statusCode, TimeSpan duration, string? body = null,
        TimeSpan? retryAfter = null) => new(statusCode, null, duration, body, retryAfter);

    public static AttemptResult NoAnswer(string failure, TimeSpan duration) =>
        new(null, failure, duration, null, null);

    /// <summary>Rule AttemptWellFormed: a status code (100-599) or a failure, and a duration of 0 or more.</summary>
    internal void Check()
    {
        var named = StatusCode is null ? !string.IsNullOrWhiteSpace(Failure) : StatusCode is >= 100 and <= 599;
        DeliveryRules.AttemptWellFormed.Require(named,
            "statusCode", "An attempt has an HTTP status code from 100 to 599 or says why it had none.");
        DeliveryRules.AttemptWellFormed.Require(Duration >= TimeSpan.Zero, "duration",
            "An attempt cannot take less than no time.");
    }
}

/// <summary>One attempt as recorded and shown to the provider (issue 19: every attempt recorded).</summary>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Failure,
    TimeSpan Duration, string? ResponseExcerpt);
