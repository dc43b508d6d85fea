using Grpc.Core;

namespace Commissioning.Grpc;

/// <summary>
/// Every call has a deadline: one that names none waits <paramref name="deadline"/>. Its retries share it,
/// since Grpc.Net.Client retries within the call's deadline. The deadline is the machine's time, not the host's
/// business clock: Grpc.Net.Client turns it into grpc-timeout against the machine's clock, so a clock set to a
/// rehearsal date (or a test's) would send every call already expired.
/// </summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan deadline) : CallContextInterceptor
{
    protected override CallOptions Adjust(CallOptions options) =>
        options.Deadline is null ? options.WithDeadline(DateTime.UtcNow + deadline) : options;
}
