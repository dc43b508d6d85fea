using Commissioning.Domain;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>An aggregate with private state, as the services' domains write them.</summary>
public sealed class SamplePool : AggregateRoot
{
    private readonly List<Contribution> _contributions = [];

    private SamplePool() { }

    public string Name { get; private set; } = "";
    public IReadOnlyList<Contribution> Contributions => _contributions;
    public decimal Total => _contributions.Sum(c => c.Amount);

    public static SamplePool Open(string name) => new() { Name = name };

    public void Contribute(decimal amount)
    {
        RuleViolation.Require(amount > 0, "amount", "A contribution is more than zero.");
        _contributions.Add(new Contribution(amount, new FinancialYear(2015)));
        Raise(new Contributed(Id, amount));
    }
}

/// <summary>A positional record (no parameterless constructor) holding a record struct, as domain value objects are.</summary>
public sealed record Contribution(decimal Amount, FinancialYear Year);

public sealed record Contributed(Guid PoolId, decimal Amount) : IDomainEvent;

public sealed class AggregateStoreTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("aggregates-").FullName;
    private SampleApp _app = null!;

    public async Task InitializeAsync() => _app = await SampleApp.Start(new StoreOptions { DataDirectory = _data });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Clearing_the_change_tracker_forgets_unsaved_changes_to_loaded_aggregates()
    {
        var pool = SamplePool.Open("Plymouth integrated fund");
        pool.Contribute(321_000_000m);
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        store.Aggregates<SamplePool>().Add(pool, key: "plymouth");
        await store.SaveChangesAsync();
        store.Published.Clear();

        var loaded = await store.Aggregates<SamplePool>().Get(pool.Id);
        loaded.Contribute(100_000_000m);
        store.ChangeTracker.Clear();
        await store.SaveChangesAsync();

        Assert.Empty(store.Published);
        var reloaded = await store.Aggregates<SamplePool>().Get(pool.Id);
        Assert.NotSame(loaded, reloaded);
        Assert.Equal(321_000_000m, reloaded.Total);
        Assert.Single(await store.AuditRecords.Where(a => a.EntityType == nameof(SamplePool)).ToListAsync());
    }

    [Fact]
    public async Task An_aggregate_round_trips_its_private_state_and_each_change_is_audited_by_member()
    {
        var pool = SamplePool.Open("Plymouth integrated fund");
        pool.Contribute(321_000_000m);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
            store.Aggregates<SamplePool>().Add(pool, key: "plymouth");
            await store.SaveChangesAsync();
            Assert.Equal([new Contributed(pool.Id, 321_000_000m)], store.Published);
        }
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
            var loaded = await store.Aggregates<SamplePool>().Get(pool.Id);
            Assert.Equal(("Plymouth integrated fund", 321_000_000m), (loaded.Name, loaded.Total));
            Assert.Empty(loaded.DomainEvents);
            loaded.Contribute(100_000_000m);
            await store.SaveChangesAsync();
        }
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
            var listed = Assert.Single(await store.Aggregates<SamplePool>().List("plymouth"));
            Assert.Equal([new Contribution(321_000_000m, new FinancialYear(2015)), new Contribution(100_000_000m, new FinancialYear(2015))],
                listed.Contributions);
            var audits = await store.AuditRecords.Where(a => a.EntityType == nameof(SamplePool)).ToListAsync();
            var change = Assert.Single(audits, a => a.Action == "modified");
            Assert.Contains("contributions", change.Changes);
            Assert.DoesNotContain("\"name\"", change.Changes);
        }
    }

    [Fact]
    public async Task A_missing_aggregate_is_a_not_found_violation_naming_the_field()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        var violation = await Assert.ThrowsAsync<RuleViolation>(() => store.Aggregates<SamplePool>().Get(Guid.NewGuid(), "poolId"));
        Assert.Equal((ViolationKind.NotFound, "poolId"), (violation.Kind, violation.Field));
    }
}
