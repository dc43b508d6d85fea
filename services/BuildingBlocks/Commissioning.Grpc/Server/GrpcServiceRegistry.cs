using System.Collections.Concurrent;
using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

/// <summary>The services this process serves, for reflection and health.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, ServiceDescriptor> _services = new();

    public IReadOnlyCollection<ServiceDescriptor> Services => _services.Values.OrderBy(s => s.FullName).ToList();

    internal void Add(ServiceDescriptor service) => _services[service.FullName] = service;

    /// <summary>
    /// Lists a service this host answers for without serving it itself (the gateway forwards its
    /// calls), so reflection can describe it.
    /// </summary>
    public void Describe(ServiceDescriptor service) => Add(service);
}
