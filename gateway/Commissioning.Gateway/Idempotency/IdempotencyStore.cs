using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Commissioning.Gateway.Idempotency;

/// <summary>
/// Idempotency records in Redis, claimed atomically with SET NX so two racing requests cannot both run.
/// Every call is bounded by <see cref="IdempotencyOptions.StoreTimeout"/> (which may be shorter than the
/// multiplexer's own asyncTimeout): a stalled Redis gives a TimeoutException the caller answers as
/// unavailable, never a partner's request left hanging.
/// </summary>
public sealed class IdempotencyStore(RedisConnection redis, IOptions<IdempotencyOptions> configured)
{
    private IdempotencyOptions Options => configured.Value;

    public async Task<IdempotencyRecord?> TryClaim(string key, IdempotencyRecord claim)
    {
        var database = redis.Database;
        var claimed = await Bounded(database.StringSetAsync(key, JsonSerializer.Serialize(claim),
            Options.InFlightTimeout, When.NotExists));
        if (claimed) return null;
        var existing = await Bounded(database.StringGetAsync(key));
        return existing.HasValue ? JsonSerializer.Deserialize<IdempotencyRecord>(existing.ToString()) : null;
    }

    public Task Complete(string key, IdempotencyRecord record) =>
        Bounded(redis.Database.StringSetAsync(key, JsonSerializer.Serialize(record), Options.Retention));

    /// <summary>Forgets a key whose first request failed on our side, so the partner may retry it.</summary>
    public Task Release(string key) => Bounded(redis.Database.KeyDeleteAsync(key));

    private Task<T> Bounded<T>(Task<T> command) => command.WaitAsync(Options.StoreTimeout);
}

/// <summary>The "Idempotency" section.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>How long a repeat of an answered request gets the first answer (a day, as payment APIs keep them).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How long an unanswered claim blocks repeats if the gateway dies mid-request.</summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Largest request body an idempotent POST may have (it is hashed), and largest answer kept for replay.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
    /// <summary>Longest wait for one Redis command before the request is answered 503.</summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
