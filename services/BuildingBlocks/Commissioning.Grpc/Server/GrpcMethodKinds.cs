using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

public delegate Task<TResponse> UnaryHandler<in TRequest, TResponse>(TRequest request, GrpcCallContext call);

public delegate Task ServerStreamingHandler<in TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responses,
    GrpcCallContext call);

public delegate Task DuplexStreamingHandler<TRequest, TResponse>(IAsyncEnumerable<TRequest> requests,
    IServerStreamWriter<TResponse> responses, GrpcCallContext call);

internal sealed class UnaryMethod<TRequest, TResponse>(MethodDescriptor descriptor, UnaryHandler<TRequest, TResponse> handler)
    : GrpcMethod(descriptor)
    where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>
{
    internal override async Task Invoke(ServerCall call)
    {
        var request = await call.ReadSingle(MessageParsers<TRequest>.Instance);
        var response = await handler(request, call.Context)
            ?? throw new InvalidOperationException($"{Path} returned no response message.");
        await call.Write(response, flush: false);
    }
}

internal sealed class ServerStreamingMethod<TRequest, TResponse>(MethodDescriptor descriptor,
    ServerStreamingHandler<TRequest, TResponse> handler) : GrpcMethod(descriptor)
    where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>
{
    internal override async Task Invoke(ServerCall call)
    {
        var request = await call.ReadSingle(MessageParsers<TRequest>.Instance);
        await handler(request, new StreamWriter<TResponse>(call), call.Context);
    }
}

internal sealed class DuplexStreamingMethod<TRequest, TResponse>(MethodDescriptor descriptor,
    DuplexStreamingHandler<TRequest, TResponse> handler) : GrpcMethod(descriptor)
    where TRequest : class, IMessage<TRequest>, new() where TResponse : class, IMessage<TResponse>
{
    internal override Task Invoke(ServerCall call) =>
        handler(call.ReadAll(MessageParsers<TRequest>.Instance), new StreamWriter<TResponse>(call), call.Context);
}

internal sealed class StreamWriter<T>(ServerCall call) : IServerStreamWriter<T> where T : IMessage
{
    public Task WriteAsync(T message) => call.Write(message, flush: true);
}
