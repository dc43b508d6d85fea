namespace Notifications.Tests.Api;

/// <summary>The service's one clock, which a test moves on (a rotation's overlap ends a day later).</summary>
public sealed class StepClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}
