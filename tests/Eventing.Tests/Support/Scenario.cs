using Commissioning.Testing;

namespace Eventing.Tests.Support;

/// <summary>
/// The Redis server, processes and files of one test, stopped and deleted at the end whatever happens.
/// Each test has its own redis-server: consumer groups start at the beginning of a stream, so a shared
/// one would hand a test the events of the tests before it.
/// </summary>
public sealed class Scenario : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("eventing-").FullName;
    private readonly List<DotnetProgram> _programs = [];
    private readonly RedisServer redis = new();

    private Scenario() { }

    public static async Task<Scenario> StartAsync()
    {
        var scenario = new Scenario();
        await scenario.redis.InitializeAsync();
        scenario.Streams = new StreamProbe(scenario.redis.Configuration);
        return scenario;
    }

    public RedisServer Redis => redis;
    public StreamProbe Streams { get; private set; } = null!;

    public string Database(string name) => Path.Combine(_directory, name + ".db");

    /// <summary>A service that publishes only, with a publish-only sidecar already running.</summary>
    public async Task<(TestServiceProcess Service, LocalSidecarProcess Sidecar)> PublisherAsync(string appId)
    {
        var sidecar = Own(await LocalSidecarProcess.StartAsync(appId, redis.Configuration));
        var service = Own(await TestServiceProcess.StartAsync(appId, Database(appId), sidecar, subscribe: false));
        return (service, sidecar);
    }

    /// <summary>A subscribing service and its sidecar; the sidecar starts after the app, as daprd waits for it.</summary>
    public async Task<(TestServiceProcess Service, LocalSidecarProcess Sidecar)> SubscriberAsync(string appId,
        string? instance = null, string? database = null, params string[] sidecarFlags)
    {
        var appPort = FreePort.Next();
        var sidecar = Own(LocalSidecarProcess.Create(appId, redis.Configuration, appPort, flags: sidecarFlags));
        var service = Own(await TestServiceProcess.StartAsync(appId, database ?? Database(appId), sidecar, instance, port: appPort));
        await sidecar.StartAsync();
        return (service, sidecar);
    }

    public T Own<T>(T program) where T : DotnetProgram
    {
        _programs.Add(program);
        return program;
    }

    /// <summary>Every process's output, for failure messages.</summary>
    public string Diagnostics() => string.Join("\n---\n", _programs.Select(p => p.Output[^Math.Min(p.Output.Length, 4000)..]));

    public async ValueTask DisposeAsync()
    {
        foreach (var program in Enumerable.Reverse(_programs)) program.Dispose();
        Streams.Dispose();
        await redis.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
