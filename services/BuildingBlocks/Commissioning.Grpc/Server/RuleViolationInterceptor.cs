using Commissioning.Domain;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Commissioning.Grpc;

/// <summary>
/// Handlers throw <see cref="RuleViolation"/> as the REST endpoints do; callers see its status and
/// details. Any other exception but an <see cref="RpcException"/> is INTERNAL with a fixed message:
/// it is logged here and never sent, since its text may hold secrets.
/// </summary>
internal sealed class RuleViolationInterceptor(ILogger<RuleViolationInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try { return await continuation(request, context); }
        catch (Exception e) when (Translate(e, context) is { } status) { throw status; }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try { await continuation(request, responseStream, context); }
        catch (Exception e) when (Translate(e, context) is { } status) { throw status; }
    }

    /// <summary>Null for what the library already answers right: an RpcException, or a call the caller ended.</summary>
    private RpcException? Translate(Exception e, ServerCallContext context)
    {
        if (e is RuleViolation violation) return RuleViolationStatus.ToRpcException(violation);
        if (e is RpcException || context.CancellationToken.IsCancellationRequested) return null;
        logger.LogError(e, "gRPC call {Method} failed", context.Method);
        return new RpcException(new Status(StatusCode.Internal, "The call failed; the service logged why."));
    }
}
