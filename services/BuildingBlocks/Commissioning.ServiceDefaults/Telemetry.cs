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
        if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource("Microsoft.AspNetCore", "System.Net.Http", serviceName, "Commissioning.*")
            .AddOtlpExporter()
            .Build();
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http",
                "System.Runtime", serviceName, "Commissioning.*")
            .AddOtlpExporter()
            .Build();
        // Registered as singletons so the host disposes them, flushing what is buffered at shutdown.
        builder.Services.AddSingleton(tracing);
        builder.Services.AddSingleton(metrics);
    }
}
