using System.Net.Http.Json;
using System.Text.Json;

namespace Commissioning.Testing;

/// <summary>
/// The standalone Aspire dashboard that tools/Dashboard restores, started on free loopback ports (its page,
/// OTLP/gRPC and OTLP/HTTP), as the OTLP sink of the apps under test; read back with <see cref="Telemetry"/>.
/// </summary>
public sealed class AspireDashboard : IDisposable
{
    private readonly ServerProcess _process;

    private AspireDashboard(ServerProcess process, int port, int otlpPort)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}");
        OtlpEndpoint = $"http://127.0.0.1:{otlpPort}";
        Telemetry = new DashboardTelemetry(Address);
    }

    public Uri Address { get; }
    /// <summary>What OTEL_EXPORTER_OTLP_ENDPOINT is set to (OTLP over gRPC).</summary>
    public string OtlpEndpoint { get; }
    public DashboardTelemetry Telemetry { get; }

    public static async Task<AspireDashboard> StartAsync()
    {
        int port = FreePort.Next(), otlp = FreePort.Next(), otlpHttp = FreePort.Next();
        var script = Path.Combine(Repository.Root, "tools", "Dashboard", "start.sh");
        var process = ServerProcess.Start("bash", [script, port.ToString(), otlp.ToString(), otlpHttp.ToString()]);
        await FreePort.WaitUntilListening(port, TimeSpan.FromSeconds(30), () => process.Output);
        await FreePort.WaitUntilListening(otlp, TimeSpan.FromSeconds(30), () => process.Output);
        return new AspireDashboard(process, port, otlp);
    }

    public void Dispose() => _process.Dispose();
}

/// <summary>One span as the dashboard's telemetry API gives it (OTLP JSON), with the service that sent it.</summary>
public sealed record TracedSpan(string Service, string Scope, string Name, string TraceId, string SpanId,
    string? ParentSpanId, int Kind, IReadOnlyDictionary<string, string> Attributes);

/// <summary>The dashboard's JSON telemetry API (/api/telemetry/...), open without a key in the local mode.</summary>
public sealed class DashboardTelemetry(Uri address)
{
    private readonly HttpClient _http = new() { BaseAddress = address };

    /// <summary>The spans of one trace; none while the dashboard has not received it.</summary>
    public async Task<IReadOnlyList<TracedSpan>> Trace(string traceId)
    {
        using var response = await _http.GetAsync($"/api/telemetry/traces/{traceId}");
        return response.IsSuccessStatusCode ? Read(await response.Content.ReadFromJsonAsync<JsonElement>()) : [];
    }

    /// <summary>The latest spans of every service, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<TracedSpan>> Spans(int limit = 1000) =>
        Read(await _http.GetFromJsonAsync<JsonElement>($"/api/telemetry/spans?limit={limit}"));

    private static List<TracedSpan> Read(JsonElement answer) =>
    [
        .. from resource in answer.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
           let service = Attributes(resource.GetProperty("resource")).GetValueOrDefault("service.name", "")
           from scope in resource.GetProperty("scopeSpans").EnumerateArray()
           from span in scope.GetProperty("spans").EnumerateArray()
           select new TracedSpan(service, scope.GetProperty("scope").GetProperty("name").GetString()!,
               span.GetProperty("name").GetString()!, span.GetProperty("traceId").GetString()!,
               span.GetProperty("spanId").GetString()!, Optional(span, "parentSpanId"),
               span.TryGetProperty("kind", out var kind) ? kind.GetInt32() : 0, Attributes(span)),
    ];

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    private static Dictionary<string, string> Attributes(JsonElement element) =>
        element.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!,
                a => a.GetProperty("value").EnumerateObject().First().Value.ToString())
            : [];
}
