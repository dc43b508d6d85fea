using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

/// <summary>
/// Binds handlers to the methods of one service descriptor. Names and message types are checked
/// against the descriptor at startup, so a handler can never drift from the contract.
/// </summary>
public sealed class GrpcServiceBuilder
{
    private readonly List<GrpcMethod> _methods = [];

    internal GrpcServiceBuilder(ServiceDescriptor service) => Service = service;

    public ServiceDescriptor Service { get; }
    internal IReadOnlyList<GrpcMethod> Methods => _methods;

    public GrpcMethod Unary<TRequest, TResponse>(string method, UnaryHandler<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>, new() =>
        Add(new UnaryMethod<TRequest, TResponse>(Find<TRequest, TResponse>(method, clientStreaming: false, serverStreaming: false), handler));

    public GrpcMethod ServerStreaming<TRequest, TResponse>(string method, ServerStreamingHandler<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>, new() =>
        Add(new ServerStreamingMethod<TRequest, TResponse>(Find<TRequest, TResponse>(method, clientStreaming: false, serverStreaming: true), handler));

    public GrpcMethod DuplexStreaming<TRequest, TResponse>(string method, DuplexStreamingHandler<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>, new() =>
        Add(new DuplexStreamingMethod<TRequest, TResponse>(Find<TRequest, TResponse>(method, clientStreaming: true, serverStreaming: true), handler));

    private GrpcMethod Add(GrpcMethod method)
    {
        if (_methods.Any(m => m.Descriptor == method.Descriptor))
            throw new InvalidOperationException($"{method.Path} has two handlers.");
        _methods.Add(method);
        return method;
    }

    private MethodDescriptor Find<TRequest, TResponse>(string name, bool clientStreaming, bool serverStreaming)
        where TRequest : IMessage<TRequest>, new() where TResponse : IMessage<TResponse>, new()
    {
        var method = Service.FindMethodByName(name)
            ?? throw new InvalidOperationException($"{Service.FullName} has no method {name}.");
        if (method.IsClientStreaming != clientStreaming || method.IsServerStreaming != serverStreaming)
            throw new InvalidOperationException($"{Service.FullName}.{name} is not registered with its own streaming kind.");
        if (method.InputType != new TRequest().Descriptor || method.OutputType != new TResponse().Descriptor)
            throw new InvalidOperationException(
                $"{Service.FullName}.{name} takes {method.InputType.FullName} and returns {method.OutputType.FullName}.");
        return method;
    }
}
