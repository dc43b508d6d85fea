using Google.Rpc;
using Grpc.Core;

namespace Commissioning.Testing;

/// <summary>What a refusal's google.rpc.Status (grpc-status-details-bin) says.</summary>
public static class RpcRefusals
{
    public static IReadOnlyList<BadRequest.Types.FieldViolation> FieldViolations(this RpcException refused) =>
        refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.ToList() ?? [];

    /// <summary>The field the google.rpc.ErrorInfo names, for every kind of refusal.</summary>
    public static string Field(this RpcException refused) => Named(refused, "field");

    /// <summary>The rule a refusal names (its ErrorInfo's "rule", as a REST problem's type ends).</summary>
    public static string Rule(this RpcException refused) => Named(refused, "rule");

    private static string Named(RpcException refused, string key) =>
        refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Metadata[key]
        ?? throw new InvalidOperationException("No ErrorInfo was sent.");

    /// <summary>Runs a call expected to be refused and returns the refusal.</summary>
    public static Task<RpcException> Refused<T>(Func<AsyncUnaryCall<T>> call) =>
        Xunit.Assert.ThrowsAsync<RpcException>(async () => await call());
}
