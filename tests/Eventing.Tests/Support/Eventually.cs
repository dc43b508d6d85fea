namespace Eventing.Tests.Support;

/// <summary>Waits for a condition that asynchronous delivery will make true; the deadline only bounds a hung run.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, TimeSpan deadline, Func<string> diagnostics)
    {
        var until = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Condition not met within {deadline}. {diagnostics()}");
            await Task.Delay(50);
        }
    }
}
