using System.Collections.Concurrent;
using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing.Outbox;
using Commissioning.Eventing.Subscribing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eventing.TestApps;

/// <summary>
/// A service that publishes <see cref="TestEvent"/>s through its outbox (POST /emit) and, unless started
/// with --subscribe false, applies them from topic "counted" (no dead-letter topic) and "checked"
/// (dead-letter topic "&lt;app-id&gt;.dead-letters", visible at GET /admin/dead-letters); "counted" events of
/// <see cref="UrgentType"/> take a routing rule to a route of their own, applied as instance "&lt;instance&gt;:urgent".
/// Arguments: --app-id, --port, --db (a SQLite file or a PostgreSQL connection string), --sidecar-port, --sidecar-grpc-port, --instance, --subscribe.
/// </summary>
public static class TestService
{
    public const string Counted = "counted";
    public const string Checked = "checked";
    public const string EventType = "commissioning.tests.counted.v1";
    /// <summary>Events of this type on "counted" take the topic's routing rule to /events/counted/urgent.</summary>
    public const string UrgentType = "commissioning.tests.urgent.v1";

    private static readonly ConcurrentDictionary<string, int> Attempts = new();

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var settings = builder.Configuration;
        var appId = settings["app-id"] ?? "test-service";
        var instance = settings["instance"] ?? appId;
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(int.Parse(settings["port"]!)));
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true).AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Commissioning.Eventing.Outbox", LogLevel.Error);
        // --db is a SQLite file, or a PostgreSQL connection string ("Host=..."), the production store.
        var database = settings["db"]!;
        var postgres = database.StartsWith("Host=", StringComparison.Ordinal);
        builder.Services.AddDbContext<TestStore>((sp, o) => (postgres
                ? o.UseNpgsql(database)
                : o.UseSqliteStore($"Data Source={database};Default Timeout=60"))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .UseEventing(sp), optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddEventing<TestStore>(o =>
        {
            o.Source = appId;
            o.SidecarHttpEndpoint = $"http://127.0.0.1:{settings["sidecar-port"]}";
            o.SidecarGrpcEndpoint = $"http://127.0.0.1:{settings["sidecar-grpc-port"]}";
            o.RelayMaxBackoff = TimeSpan.FromMilliseconds(500);
        });

        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestStore>();
            db.Database.Migrate();
            if (!postgres) SqliteStore.UseWriteAheadLog(db.Database);
        }

        app.MapPost("/emit", EmitAsync);
        app.MapGet("/effects", async (TestStore db) => new EffectSummary(
            await db.Effects.CountAsync(), await db.Effects.Select(e => e.Number).Distinct().CountAsync(),
            await db.Effects.GroupBy(e => e.Instance).Select(g => new InstanceCount(g.Key, g.Count())).ToListAsync()));
        app.MapGet("/outbox/pending", (TestStore db) => db.Set<OutboxMessage>().CountAsync(m => m.PublishedUtc == null));
        app.MapGet("/attempts/{number:int}", (int number) => Attempts.GetValueOrDefault(number.ToString()));
        if (settings["subscribe"] != "false")
        {
            app.MapSubscription<TestStore, TestEvent>(Counted, "/events/counted", (db, e, ct) => ApplyAsync(db, e, instance, ct));
            app.MapSubscription<TestStore, TestEvent>(Counted, "/events/counted/urgent",
                (db, e, ct) => ApplyAsync(db, e, instance + ":urgent", ct), match: $"event.type == \"{UrgentType}\"", priority: 1);
            app.MapSubscription<TestStore, TestEvent>(Checked, "/events/checked", (db, e, ct) => ApplyAsync(db, e, instance, ct),
                deadLetterTopic: $"{appId}.dead-letters");
            app.MapDeadLetters<TestStore>($"{appId}.dead-letters");
        }
        return app;
    }

    /// <summary>Writes orders with their events, <paramref name="batch"/> per transaction; rollback=true rolls every transaction back.</summary>
    private static async Task<IResult> EmitAsync(TestStore db, string topic, int from, int count, int? batch, string? behaviour, bool? rollback,
        string? type)
    {
        var ids = new List<Guid>();
        for (var start = from; start < from + count; start += batch ?? 1)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var number = start; number < Math.Min(start + (batch ?? 1), from + count); number++)
            {
                db.Orders.Add(new Order { Number = number });
                ids.Add(db.Outbox().Enqueue(topic, type ?? EventType, $"order-{number % 50}", new TestEvent(number, behaviour ?? "apply")).Id);
            }
            await db.SaveChangesAsync();
            if (rollback == true) await transaction.RollbackAsync();
            else await transaction.CommitAsync();
            db.ChangeTracker.Clear();
        }
        return Results.Ok(ids);
    }

    private static async Task ApplyAsync(TestStore db, DeliveredEvent<TestEvent> e, string instance, CancellationToken ct)
    {
        var attempt = Attempts.AddOrUpdate(e.Data.Number.ToString(), 1, (_, n) => n + 1);
        switch (e.Data.Behaviour.Split(':'))
        {
            case ["reject"]: throw new EventRejectedException($"event {e.Data.Number} can never be applied");
            case ["poison"]: throw new InvalidOperationException($"event {e.Data.Number} fails every time");
            case ["flaky", var n] when attempt <= int.Parse(n): throw new TimeoutException($"attempt {attempt} of event {e.Data.Number} failed");
            case ["hold", var holder] when holder == instance: await Task.Delay(Timeout.Infinite, ct); break;
        }
        db.Effects.Add(new Effect { Number = e.Data.Number, EventId = e.Id, Instance = instance });
    }
}

public sealed record InstanceCount(string Instance, int Count);
public sealed record EffectSummary(int Applied, int Distinct, List<InstanceCount> ByInstance);
