using System.Net.Http.Json;
using Commissioning.Testing;

namespace Eventing.Tests.Support;

/// <summary>tests/Eventing.TestApps as a process: a small service on the real eventing code with a SQLite store.</summary>
public sealed class TestServiceProcess : DotnetProgram
{
    private TestServiceProcess(int port, string[] arguments, IDictionary<string, string>? environment)
        : base("tests/Eventing.TestApps", "Eventing.TestApps", arguments,
            p => FreePort.WaitUntilListening(port, TimeSpan.FromSeconds(60), () => p.CurrentOutput), environment)
    {
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
    }

    public int Port { get; }
    public HttpClient Http { get; }

    /// <param name="appToken">APP_API_TOKEN: deliveries without it as dapr-api-token are refused.</param>
    public static async Task<TestServiceProcess> StartAsync(string appId, string database, LocalSidecarProcess sidecar,
        string? instance = null, bool subscribe = true, int? port = null, string? appToken = null)
    {
        var httpPort = port ?? FreePort.Next();
        var service = new TestServiceProcess(httpPort,
        [
            "--app-id", appId, "--db", database, "--sidecar-port", sidecar.Port.ToString(),
            "--sidecar-grpc-port", sidecar.GrpcPort.ToString(), "--instance", instance ?? appId,
            "--subscribe", subscribe ? "true" : "false", "--port", httpPort.ToString(),
        ], appToken is null ? null : new Dictionary<string, string> { ["APP_API_TOKEN"] = appToken });
        await service.StartAsync();
        return service;
    }

    public async Task<List<Guid>> EmitAsync(string topic, int from, int count, int batch = 1, string behaviour = "apply", bool rollback = false,
        string? type = null)
    {
        var response = await Http.PostAsync($"/emit?topic={topic}&from={from}&count={count}&batch={batch}&behaviour={behaviour}" +
                                            $"&rollback={rollback}" + (type is null ? "" : $"&type={type}"), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<Guid>>())!;
    }

    public async Task<Effects> EffectsAsync() => (await Http.GetFromJsonAsync<Effects>("/effects"))!;
    public async Task<int> AttemptsAsync(int number) => await Http.GetFromJsonAsync<int>($"/attempts/{number}");
    public async Task<int> PendingOutboxAsync() => await Http.GetFromJsonAsync<int>("/outbox/pending");
}

public sealed record InstanceCount(string Instance, int Count);
public sealed record Effects(int Applied, int Distinct, List<InstanceCount> ByInstance);
