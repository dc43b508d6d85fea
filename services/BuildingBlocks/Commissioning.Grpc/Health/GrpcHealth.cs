using System.Collections.Concurrent;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Commissioning.Grpc;

/// <summary>
/// Serving status per service name ("" is the whole process), with change notification for
/// grpc.health.v1.Health/Watch. A service is SERVING once mapped; the host sets NOT_SERVING on
/// shutdown, and readiness checks may set it when a dependency is down.
/// </summary>
public sealed class GrpcHealth
{
    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new() { [""] = ServingStatus.Serving };
    private event Action<string, ServingStatus>? Changed;

    public ServingStatus? StatusOf(string service) => _statuses.TryGetValue(service, out var status) ? status : null;

    public IReadOnlyDictionary<string, ServingStatus> All => new Dictionary<string, ServingStatus>(_statuses);

    public void SetStatus(string service, ServingStatus status)
    {
        if (_statuses.TryGetValue(service, out var current) && current == status) return;
        _statuses[service] = status;
        Changed?.Invoke(service, status);
    }

    public void SetAll(ServingStatus status)
    {
        foreach (var service in _statuses.Keys) SetStatus(service, status);
    }

    /// <summary>The current status and then every change, until <paramref name="cancellationToken"/> fires.</summary>
    internal async IAsyncEnumerable<ServingStatus> Watch(string service,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changes = System.Threading.Channels.Channel.CreateUnbounded<ServingStatus>();
        void OnChanged(string name, ServingStatus status) { if (name == service) changes.Writer.TryWrite(status); }
        Changed += OnChanged;
        try
        {
            var last = StatusOf(service) ?? ServingStatus.ServiceUnknown;
            yield return last;
            await foreach (var status in changes.Reader.ReadAllAsync(cancellationToken))
            {
                if (status == last) continue;
                last = status;
                yield return status;
            }
        }
        finally { Changed -= OnChanged; }
    }
}
