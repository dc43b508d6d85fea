using Grpc.Core;

namespace Commissioning.Grpc;

/// <summary>
/// Every call has a deadline: one that names none waits <paramref name="deadline"/>. Its retries share it,
/// since Grpc.Net.Client retries within the call's deadline.
/// </summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan deadline, TimeProvider clock) : CallContextInterceptor
{
    protected override CallOptions Adjust(CallOptions options) =>
        options.Deadline is null ? options.WithDeadline(clock.GetUtcNow().UtcDateTime + deadline) : options;
}
