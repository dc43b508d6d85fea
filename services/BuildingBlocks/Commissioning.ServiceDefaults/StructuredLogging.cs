using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Commissioning.ServiceDefaults;

internal static class StructuredLogging
{
    /// <summary>One JSON object per line, with trace and span ids and the correlation id scope, for any log shipper.</summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // Outgoing calls (health probes of the sidecar, gRPC clients) would otherwise log every request.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Grpc.AspNetCore logs every call answered with an error status at Information: a refusal (a rule broken,
        // an unknown id) is the caller's answer, not an operational event, and a 1 KB line each is measurable
        // load; REST refusals are not logged either. Its warnings and errors still are.
        builder.Logging.AddFilter("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Warning);
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
    }
}
