using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Google.Protobuf.Reflection;
using IdempotencyLevel = Google.Protobuf.Reflection.MethodOptions.Types.IdempotencyLevel;

namespace Commissioning.Grpc;

/// <summary>
/// The channel's service config: retry on UNAVAILABLE (the target did not process the call) only for
/// the methods whose contract says <c>idempotency_level</c> NO_SIDE_EFFECTS or IDEMPOTENT. Any other
/// method is sent once.
/// </summary>
public static class IdempotentRetries
{
    public static ServiceConfig For(ServiceDescriptor service, GrpcClientOptions options)
    {
        var retried = service.Methods.Where(IsIdempotent).ToList();
        var config = new ServiceConfig();
        if (retried.Count == 0 || options.MaxRetryAttempts <= 0) return config;
        var method = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = options.MaxRetryAttempts + 1,
                InitialBackoff = options.RetryBaseDelay,
                MaxBackoff = options.RetryBaseDelay * 10,
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var idempotent in retried) method.Names.Add(new MethodName { Service = service.FullName, Method = idempotent.Name });
        config.MethodConfigs.Add(method);
        return config;
    }

    public static bool IsIdempotent(MethodDescriptor method) =>
        method.GetOptions()?.IdempotencyLevel is IdempotencyLevel.NoSideEffects or IdempotencyLevel.Idempotent;
}
