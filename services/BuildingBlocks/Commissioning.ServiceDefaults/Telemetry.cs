using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Commissioning.ServiceDefaults;

internal static class Telemetry
{
    /// <summary>
    /// Traces, metrics and logs over OTLP/gRPC when OTEL_EXPORTER_OTLP_ENDPOINT is set; the SDK reads the other
    /// OTEL_* settings (batch delays, headers) itself. Without an endpoint nothing is collected or sent.
    /// </summary>
    public static void AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        // Read from configuration (environment, appsettings or command line), so it can be set like any other setting.
        if (builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 } endpoint) return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = r => !IsProbe(r.RequestUri))
                // One span per gRPC call; the HTTP/2 request under it would only repeat it.
                .AddGrpcClientInstrumentation(o => o.SuppressDownstreamInstrumentation = true)
                .AddSource(serviceName, "Commissioning.*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("System.Runtime", serviceName, "Commissioning.*"))
            .WithLogging(configureBuilder: null, configureOptions: o =>
            {
                o.IncludeScopes = true;
                o.IncludeFormattedMessage = true;
            })
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
    }

    /// <summary>
    /// Health probes (ours, grpc.health.v1 and the sidecar's) are asked every few seconds by orchestrators,
    /// the gateway and the sidecar; tracing them would bury the requests a developer is looking for.
    /// </summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/grpc.health.v1.Health")
        || path.StartsWithSegments("/v1.0/healthz");

    private static bool IsProbe(Uri? uri) => uri is not null && IsProbe(new PathString(uri.AbsolutePath));
}
