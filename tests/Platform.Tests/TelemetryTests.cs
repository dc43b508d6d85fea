using System.Collections.Concurrent;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Commissioning.Testing;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, a service exports its traces over OTLP; without it, nothing is sent.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_request_reaches_the_dashboard_as_a_span_of_its_service_and_health_probes_are_not_traced()
    {
        using var dashboard = await AspireDashboard.StartAsync();
        var data = Directory.CreateTempSubdirectory("otel-").FullName;
        var app = await SampleApp.Start(new StoreOptions { DataDirectory = data },
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.OtlpEndpoint });
        using (var client = SampleClient.For(app, "finance-officer"))
        {
            Assert.True((await client.GetAsync("/health/live")).IsSuccessStatusCode);
            Assert.True((await client.GetAsync("/health/ready")).IsSuccessStatusCode);
            Assert.True((await client.GetAsync("/api/v1/funds")).IsSuccessStatusCode);
        }
        await app.DisposeAsync(); // disposing the providers flushes what they hold
        Directory.Delete(data, recursive: true);

        var spans = (await dashboard.Telemetry.Spans()).Where(s => s.Service == "sample").ToList();
        var paths = spans.Select(s => s.Attributes.GetValueOrDefault("url.path")).ToList();
        Assert.Contains("/api/v1/funds", paths);
        Assert.DoesNotContain(paths, p => p?.StartsWith("/health") == true);
    }

    [Fact]
    public async Task Traces_and_metrics_reach_an_otlp_collector_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentBag<string>();
        await using var collector = await Collector(received);
        var data = Directory.CreateTempSubdirectory("otel-").FullName;
        var app = await SampleApp.Start(new StoreOptions { DataDirectory = data },
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.First() });
        using (var client = SampleClient.For(app)) await client.GetAsync("/api/v1/funds");
        await app.DisposeAsync(); // disposing the providers flushes what they hold
        Directory.Delete(data, recursive: true);

        Assert.Contains("/opentelemetry.proto.collector.trace.v1.TraceService/Export", received);
        Assert.Contains("/opentelemetry.proto.collector.metrics.v1.MetricsService/Export", received);
    }

    /// <summary>A stand-in OTLP/gRPC collector on h2c that records which export methods were called.</summary>
    private static async Task<WebApplication> Collector(ConcurrentBag<string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, l => l.Protocols = HttpProtocols.Http2));
        var collector = builder.Build();
        collector.MapPost("/{**method}", async (HttpContext context) =>
        {
            received.Add(context.Request.Path);
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(new byte[] { 0, 0, 0, 0, 0 });
            context.Response.AppendTrailer("grpc-status", "0");
        });
        collector.Urls.Add($"http://localhost:{port}");
        await collector.StartAsync();
        return collector;
    }
}
