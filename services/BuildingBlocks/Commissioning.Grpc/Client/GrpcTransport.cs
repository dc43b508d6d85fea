using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Grpc;

/// <summary>
/// The process's one HTTP/2 connection pool for gRPC (h2c with prior knowledge, several
/// connections per target when streams run out, keep-alive pings so idle connections through
/// load balancers stay open), and one circuit breaker per target address.
/// </summary>
public sealed class GrpcTransport : IDisposable
{
    private readonly SocketsHttpHandler _handler = new()
    {
        EnableMultipleHttp2Connections = true,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
    };
    private readonly HttpMessageInvoker _invoker;
    private readonly ConcurrentDictionary<string, TargetResilience> _targets = new();

    public GrpcTransport() => _invoker = new HttpMessageInvoker(_handler, disposeHandler: false);

    /// <summary>A channel to <see cref="GrpcClientOptions.Address"/>; the first options seen for an address set its breaker.</summary>
    public GrpcChannel Channel(GrpcClientOptions options, IHttpContextAccessor? caller = null)
    {
        var address = options.Address ?? throw new InvalidOperationException("A gRPC client needs an Address.");
        var resilience = _targets.GetOrAdd(address.GetLeftPart(UriPartial.Authority), _ => new TargetResilience(options));
        return new GrpcChannel(options, _invoker, resilience, new CallerPropagation(caller, options.ForwardCallerToken));
    }

    public void Dispose()
    {
        _invoker.Dispose();
        _handler.Dispose();
    }
}
