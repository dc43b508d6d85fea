using Commissioning.Testing;

namespace Eventing.Tests.Support;

/// <summary>tools/LocalSidecar as a process: one per app, as daprd is. Ready when /v1.0/healthz answers 204.</summary>
public sealed class LocalSidecarProcess : DotnetProgram
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private LocalSidecarProcess(int port, int grpcPort, string[] arguments, IDictionary<string, string>? environment)
        : base("tools/LocalSidecar", "LocalSidecar", arguments, p => WaitForHealthAsync(port, p), environment)
    {
        Port = port;
        GrpcPort = grpcPort;
    }

    /// <summary>The HTTP API's port (daprd's --dapr-http-port).</summary>
    public int Port { get; }
    /// <summary>The gRPC API's port (daprd's --dapr-grpc-port), which DaprClient publishes to.</summary>
    public int GrpcPort { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts a sidecar for <paramref name="appId"/>; <paramref name="appPort"/> 0 means publish only. Extra flags as daprd-style pairs.</summary>
    public static async Task<LocalSidecarProcess> StartAsync(string appId, string redis, int appPort = 0, int? port = null, params string[] flags)
    {
        var sidecar = Create(appId, redis, appPort, port, flags: flags);
        await sidecar.StartAsync();
        return sidecar;
    }

    /// <summary>A sidecar that is not started yet (its port is reserved in the arguments).</summary>
    /// <param name="appToken">APP_API_TOKEN: sent to the app as dapr-api-token.</param>
    public static LocalSidecarProcess Create(string appId, string redis, int appPort = 0, int? port = null,
        string? appToken = null, params string[] flags)
    {
        var httpPort = port ?? FreePort.Next();
        var grpcPort = FreePort.Next();
        return new LocalSidecarProcess(httpPort, grpcPort,
        [
            "--app-id", appId, "--app-port", appPort.ToString(), "--dapr-http-port", httpPort.ToString(),
            "--dapr-grpc-port", grpcPort.ToString(), "--redis-host", redis, .. flags,
        ], appToken is null ? null : new Dictionary<string, string> { ["APP_API_TOKEN"] = appToken });
    }

    private static async Task WaitForHealthAsync(int port, DotnetProgram program)
    {
        await Eventually.True(async () =>
        {
            try { return (await Http.GetAsync($"http://127.0.0.1:{port}/v1.0/healthz")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
        }, TimeSpan.FromSeconds(60), () => $"sidecar on {port} never became healthy: {program.CurrentOutput}");
    }
}
