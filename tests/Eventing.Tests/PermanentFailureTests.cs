using Commissioning.Domain;
using Commissioning.Eventing;
using Xunit;

namespace Eventing.Tests;

/// <summary>
/// Which handler failures dead-letter an event by default, for every service: a rejection or a broken
/// domain rule would fail the same way on every retry; anything else (a database or network fault) may
/// pass next time, so it is retried.
/// </summary>
public sealed class PermanentFailureTests
{
    private readonly Func<Exception, bool> _permanent = new EventingOptions().IsPermanentFailure;

    [Fact]
    public void A_rejected_event_or_a_broken_rule_is_dropped_and_anything_else_is_retried()
    {
        Assert.True(_permanent(new EventRejectedException("The event names no provider.")));
        Assert.True(_permanent(RuleViolation.NotFound("fundId", "There is no fund 5a1c7f0e.")));
        Assert.False(_permanent(new TimeoutException("The store did not answer.")));
        Assert.False(_permanent(new InvalidOperationException("The connection was closed.")));
    }
}
