using System.Net.Http.Headers;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;

namespace EndToEnd.Tests;

/// <summary>
/// Starts the platform with the same script ./run.sh uses (Redis, the Aspire dashboard, a local sidecar per
/// service, every service, the gateway) on free ports, loads the demo data, and stops it all afterwards.
/// </summary>
public class LocalPlatform : IAsyncLifetime
{
    private readonly string _state = Directory.CreateTempSubdirectory("platform-").FullName;
    private ServerProcess? _platform;

    public static string Root => Repository.Root;
    public int GatewayPort { get; } = FreePort.Next();
    public int GatewayGrpcPort { get; private set; }
    /// <summary>
    /// The services' fixed ports (REST, gRPC, sidecar at base+0..2, +10.., +20..), kept below the
    /// free ports other suites pick meanwhile (20000 and above), so the two never collide.
    /// </summary>
    public int ServicePortBase { get; } = 10000 + Random.Shared.Next(0, 95) * 100;
    public Uri Gateway => new($"http://127.0.0.1:{GatewayPort}");
    /// <summary>The provider's webhook receiver the platform script starts beside the services
    /// (tools/DemoReceiver).</summary>
    public Uri DemoReceiver => new($"http://127.0.0.1:{ServicePortBase + 90}");
    /// <summary>The Aspire dashboard every app exports its telemetry to, read through its telemetry API.</summary>
    public DashboardTelemetry Dashboard { get; private set; } = null!;
    public string GatewayGrpc => $"http://127.0.0.1:{GatewayGrpcPort}";

    public async Task InitializeAsync()
    {
        GatewayGrpcPort = FreePort.Next();
        var dashboardPort = FreePort.Next();
        Dashboard = new DashboardTelemetry(new Uri($"http://127.0.0.1:{dashboardPort}"));
        var script = $"""
            source scripts/platform.sh
            platform_start '{_state}'
            trap platform_stop EXIT TERM
            platform_wait_ready || exit 1
            platform_demo || exit 1
            echo PLATFORM-READY
            wait
            """;
        var environment = new Dictionary<string, string>(Settings)
        {
            ["GATEWAY_PORT"] = GatewayPort.ToString(),
            ["GATEWAY_GRPC_PORT"] = GatewayGrpcPort.ToString(),
            ["REDIS_PORT"] = FreePort.Next().ToString(),
            ["SERVICE_PORT_BASE"] = ServicePortBase.ToString(),
            ["DASHBOARD_PORT"] = dashboardPort.ToString(),
            ["DASHBOARD_OTLP_PORT"] = FreePort.Next().ToString(),
            ["DASHBOARD_OTLP_HTTP_PORT"] = FreePort.Next().ToString(),
        };
        _platform = ServerProcess.Start("bash", ["-c", script], Root, environment);
        // Starting takes about a minute on 2 idle cores; a machine shared with other work can take several.
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (!_platform.Output.Contains("PLATFORM-READY"))
        {
            if (_platform.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"The platform did not start:\n{_platform.Output}\n{Logs()}");
            await Task.Delay(200);
        }
    }

    /// <summary>Settings every app of this platform takes from its environment (<c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>
    /// The gateway's rate limit raised past what a suite of many requests sends: the limit is tested in
    /// Gateway.Tests, and 429s here would stop requests at the door.
    /// </summary>
    protected static IEnumerable<KeyValuePair<string, string>> UnlimitedRates =>
        [new("RateLimits__Burst", "1000000"), new("RateLimits__PerSecond", "1000000")];

    public HttpClient ClientFor(string organisation, params string[] roles) => new()
    {
        BaseAddress = Gateway,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Token(organisation, roles)) },
    };

    public static string Token(string organisation, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles));

    public virtual Task DisposeAsync()
    {
        if (_platform is not null)
        {
            // TERM lets the script's trap stop every process it started; then make sure.
            try { Tool.Run("pkill", "-TERM", "-f", _state); } catch (InvalidOperationException) { }
            _platform.WaitForExit(TimeSpan.FromSeconds(15));
            _platform.Dispose();
        }
        try { Directory.Delete(_state, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private string Logs()
    {
        var logs = Path.Combine(_state, "logs");
        return Directory.Exists(logs)
            ? string.Join("\n", Directory.GetFiles(logs).Select(f => $"== {Path.GetFileName(f)}\n{string.Join("\n", File.ReadLines(f).TakeLast(15))}"))
            : "";
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<LocalPlatform>
{
    public const string Name = "platform";
}
