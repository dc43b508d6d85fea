using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Contracts.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Tests.Api;

/// <summary>
/// The contract-tenancy step fills the tenancy of every row a store already holds (issue 15, deliverable 1),
/// on SQLite and on PostgreSQL: a contract's parties from its body (a joint contract of Wirral Council and the
/// CCG with CWP), its monitoring from it, a framework's and a rate card's publisher from the audit trail, and
/// nothing for the provider register and its due diligence. The upgraded store then shows the CCG the contract,
/// the council the contract and its framework, both the register, and neither Plymouth's rate card.
/// </summary>
public sealed class TenancyMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly Guid Contract = Guid.NewGuid(), Monitoring = Guid.NewGuid(), Framework = Guid.NewGuid(),
        RateCard = Guid.NewGuid(), Provider = Guid.NewGuid(), DueDiligence = Guid.NewGuid();

    [Fact]
    public Task Rows_held_before_tenancy_belong_to_their_parties_or_publisher_on_SQLite() =>
        SchemaUpgrades.OnSqlite("contracts-tenancy-", FillsTheTenancy);

    [Fact]
    public async Task Rows_held_before_tenancy_belong_to_their_parties_or_publisher_on_PostgreSQL() =>
        await FillsTheTenancy(SchemaUpgrades.OnPostgres(postgres, "contracts_tenancy"));

    private static async Task FillsTheTenancy(StoreOptions options)
    {
        await using (var before = Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000002_Tenancy");
            await Insert(before, Contract, "CommissioningContract", "RXA",
                """{"commissioners":["E08000015","12F"],"providerOdsCode":"RXA"}""");
            await Insert(before, Monitoring, "ContractMonitoring", $"{Contract}", """{"providerOdsCode":"RXA"}""");
            await Insert(before, Framework, "ProviderFramework", null, "{}");
            await Insert(before, RateCard, "RateCard", "ResidentialCare|Week|WIRRAL WEST", "{}");
            await Insert(before, Provider, "Provider", "RXA", "{}");
            await Insert(before, DueDiligence, "DueDiligenceAssessment", Provider.ToString(), "{}");
            await Added(before, Framework, "ProviderFramework", "E08000015");
            await Added(before, RateCard, "RateCard", "e06000026");
        }

        await using var store = Open(options);
        await store.Database.MigrateAsync();

        var tenancies = await store.StoredAggregates.ToDictionaryAsync(a => a.Id, a => a.Tenancy);
        Assert.Equal("E08000015 12F RXA", tenancies[Contract]);
        Assert.Equal("E08000015 12F RXA", tenancies[Monitoring]);
        Assert.Equal("E08000015", tenancies[Framework]);
        Assert.Equal("E06000026", tenancies[RateCard]);
        Assert.Null(tenancies[Provider]);
        Assert.Null(tenancies[DueDiligence]);
        Assert.Equal([Contract, Monitoring, Provider, DueDiligence], await VisibleTo(options, "12F"));
        Assert.Equal([Contract, Monitoring, Framework, Provider, DueDiligence], await VisibleTo(options, "e08000015 "));
    }

    /// <summary>What a commissioner of <paramref name="org"/> finds in the upgraded store.</summary>
    private static async Task<Guid[]> VisibleTo(StoreOptions options, string org)
    {
        var caller = new Caller("user", org, new HashSet<string> { Roles.Commissioner }, new HashSet<string>());
        await using var store = Open(options, caller);
        await store.EnterTenancyAsync();
        var visible = await store.StoredAggregates.Select(a => a.Id).ToListAsync();
        Guid[] held = [Contract, Monitoring, Framework, RateCard, Provider, DueDiligence];
        return [.. held.Where(visible.Contains)];
    }

    /// <summary>A row as the store wrote it before the step (no tenancy), its id as each provider keeps one.</summary>
    private static async Task Insert(ContractsStore store, Guid id, string type, string? key, string body)
    {
        object stored = Stored(store, id);
        object version = Stored(store, Guid.NewGuid());
        await store.Database.ExecuteSqlAsync($"""
            INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version")
            VALUES ({stored}, {type}, {key}, {body}, {DateTime.UtcNow}, {version})
            """);
    }

    /// <summary>The audit record the store wrote when <paramref name="organisation"/>'s user added the row.</summary>
    private static async Task Added(ContractsStore store, Guid id, string type, string organisation)
    {
        object auditId = Stored(store, Guid.NewGuid());
        var entityId = id.ToString();
        await store.Database.ExecuteSqlAsync($"""
            INSERT INTO audit_records ("Id", "AtUtc", "Actor", "Organisation", "Authority", "Action", "EntityType",
                "EntityId", "Changes", "CorrelationId")
            VALUES ({auditId}, {DateTime.UtcNow}, {"user"}, {organisation}, {"commissioner"}, {"added"}, {type},
                {entityId}, {"{}"}, {(string?)null})
            """);
    }

    private static object Stored(ContractsStore store, Guid id) =>
        store.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();

    private static ContractsStore Open(StoreOptions options, Caller? caller = null)
    {
        var builder = new DbContextOptionsBuilder<ContractsStore>();
        ServiceStore.Configure(builder, options, "contracts", typeof(ContractsStore).Assembly.GetName().Name!);
        return new ContractsStore(builder.Options, new SchemaUpgradeActor(caller));
    }
}
