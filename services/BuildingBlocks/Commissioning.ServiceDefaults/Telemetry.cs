using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Commissioning.ServiceDefaults;

internal static class Telemetry
{
    /// <summary>
    /// Traces and metrics over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set. The hosting and
    /// instrumentation packages are not served here, so the providers are built by hand from the
    /// framework's own activity sources and meters.
    /// </summary>
    public static void AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        // Read from configuration (environment, appsettings or command line), so it can be set like any other setting.
        if (builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 } endpoint) return;
        var exporter = (Action<OpenTelemetry.Exporter.OtlpExporterOptions>)(o => o.Endpoint = new Uri(endpoint));
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource("Microsoft.AspNetCore", "System.Net.Http", serviceName, "Commissioning.*")
            .AddOtlpExporter(exporter)
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http",
                "System.Runtime", serviceName, "Commissioning.*")
            .AddOtlpExporter(exporter)
            .Build();
        builder.Services.AddHostedService(_ => new TelemetryShutdown(tracing, metrics));
    }

    /// <summary>Flushes and disposes the providers when the host stops, so the last spans and metrics are sent.</summary>
    private sealed class TelemetryShutdown(TracerProvider tracing, MeterProvider metrics) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            tracing.Dispose();
            metrics.Dispose();
            return Task.CompletedTask;
        }
    }
}
