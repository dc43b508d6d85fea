using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

/// <summary>Base of the typed clients: one per service, methods named as in the contract.</summary>
public abstract class GrpcClient(GrpcChannel channel, ServiceDescriptor service)
{
    protected Task<TResponse> Unary<TRequest, TResponse>(string method, TRequest request, GrpcCallOptions? options)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new() =>
        channel.Unary<TRequest, TResponse>(Method(method), request, options);

    protected IAsyncEnumerable<TResponse> ServerStreaming<TRequest, TResponse>(string method, TRequest request, GrpcCallOptions? options)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new() =>
        channel.ServerStreaming<TRequest, TResponse>(Method(method), request, options);

    private MethodDescriptor Method(string name) =>
        service.FindMethodByName(name) ?? throw new InvalidOperationException($"{service.FullName} has no method {name}.");
}
