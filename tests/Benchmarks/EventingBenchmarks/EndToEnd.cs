using System.Diagnostics;
using Commissioning.Eventing;
using Commissioning.Eventing.Outbox;
using Commissioning.Eventing.Subscribing;
using Commissioning.Persistence;
using Eventing.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventingBenchmarks;

public sealed record Tick(int Sequence);

public sealed class BenchStore(DbContextOptions<BenchStore> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) => model.AddEventingTables();
}

/// <summary>
/// A publishing service and a subscribing service in this process (each with its SQLite store and its own
/// local sidecar process): latency runs from the publisher's commit to the subscriber's commit of the
/// handler's transaction (inbox record included).
/// </summary>
public static class EndToEnd
{
    public static WebApplication Service(string appId, int port, LocalSidecarProcess sidecar, string database, Func<Latencies?>? received, long[] committedAt, int warmUp = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port));
        builder.Logging.ClearProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDbContext<BenchStore>((sp, o) =>
            o.UseSqliteStore($"Data Source={database}").UseEventing(sp), optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddEventing<BenchStore>(o =>
        {
            o.Source = appId;
            o.SidecarHttpEndpoint = $"http://127.0.0.1:{sidecar.Port}";
            o.SidecarGrpcEndpoint = $"http://127.0.0.1:{sidecar.GrpcPort}";
        });
        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchStore>();
            db.Database.EnsureCreated(); // a throwaway store: the services' hand-written migrations are not the subject here
            SqliteStore.UseWriteAheadLog(db.Database);
        }
        if (received is null) return app;
        // Runs after the endpoint, i.e. after the handler's transaction committed.
        app.Use(async (context, next) =>
        {
            await next();
            // The first events warm up JIT, connections and SQLite; they are left out of the figures.
            if (context.Items["sequence"] is int sequence && sequence >= warmUp) received()?.Record(committedAt[sequence], Stopwatch.GetTimestamp());
        });
        var http = app.Services.GetRequiredService<IHttpContextAccessor>();
        app.MapSubscription<BenchStore, Tick>("bench", "/events/bench", (_, e, _) =>
        {
            http.HttpContext!.Items["sequence"] = e.Data.Sequence;
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>
    /// Commits events <paramref name="first"/>.. one per transaction from several writers, noting each commit
    /// time. With <paramref name="perSecond"/> above 0 event k is due k/perSecond after the start (a load below
    /// saturation; a writer that fell behind catches up, so slow moments are not hidden); 0 is as fast as possible.
    /// </summary>
    public static async Task PublishAsync(IServiceProvider services, int first, int events, int writers, long[] committedAt,
        double perSecond, CancellationToken stop)
    {
        var next = first - 1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BenchStore>();
            int sequence;
            while ((sequence = Interlocked.Increment(ref next)) < first + events && !stop.IsCancellationRequested)
            {
                if (perSecond > 0)
                {
                    var wait = TimeSpan.FromSeconds((sequence - first) / perSecond) - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);
                }
                db.Outbox().Enqueue("bench", "commissioning.bench.tick.v1", $"aggregate-{sequence % 64}", new Tick(sequence));
                await db.SaveChangesAsync(stop);
                committedAt[sequence] = Stopwatch.GetTimestamp();
                db.ChangeTracker.Clear();
            }
        }));
    }
}
