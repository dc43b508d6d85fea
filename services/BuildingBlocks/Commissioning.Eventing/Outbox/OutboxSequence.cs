namespace Commissioning.Eventing.Outbox;

/// <summary>
/// Orders outbox rows without a database identity column (hand-written migrations stay provider-neutral):
/// the current UTC ticks, bumped by one whenever two rows would share a value.
/// </summary>
internal static class OutboxSequence
{
    private static long _last;

    public static long Next()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(DateTime.UtcNow.Ticks, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return next;
        }
    }
}
