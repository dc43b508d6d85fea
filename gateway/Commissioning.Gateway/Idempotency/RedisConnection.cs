using StackExchange.Redis;

namespace Commissioning.Gateway.Idempotency;

/// <summary>
/// One lazily opened connection to Redis ("Redis:Configuration"). StackExchange.Redis reconnects by
/// itself once connected, and abortConnect=false lets the gateway start before Redis does.
/// </summary>
public sealed class RedisConnection(IConfiguration configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
        ConnectionMultiplexer.Connect($"{configuration["Redis:Configuration"] ?? "127.0.0.1:6379"},abortConnect=false,connectTimeout=2000"));

    public IDatabase Database => _connection.Value.GetDatabase();
    public bool IsConnected => _connection.Value.IsConnected;

    public void Dispose()
    {
        if (_connection.IsValueCreated) _connection.Value.Dispose();
    }
}
