using CarePackages.Api.Infrastructure;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;

namespace CarePackages.Tests.Store;

/// <summary>
/// The council tenancy step fills the council of every row a store already holds (issue 15, deliverable 1),
/// on SQLite and on PostgreSQL: a person the organisation whose user registered them (the audit trail's
/// "added" record), a referral and a concern their person's by reference, an assessment its referral's, a plan
/// its assessment's, and a verification, placement request and package their plan's; a known provider belongs
/// to no council. Afterwards one NHS number is one person per council, not one in the whole installation.
/// </summary>
public sealed class TenancyMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string Reference = "pr_0123456789abcdef0123456789abcdef";
    private static readonly Guid Person = Guid.NewGuid(), Referral = Guid.NewGuid(), Concern = Guid.NewGuid(),
        Assessment = Guid.NewGuid(), Plan = Guid.NewGuid(), Verification = Guid.NewGuid(), Request = Guid.NewGuid(),
        Package = Guid.NewGuid(), Provider = Guid.NewGuid();

    [Fact]
    public Task Rows_held_before_the_step_belong_to_the_registering_council_on_SQLite() =>
        SchemaUpgrades.OnSqlite("care-tenancy-migration-", FillsTheTenancy);

    [Fact]
    public async Task Rows_held_before_the_step_belong_to_the_registering_council_on_PostgreSQL() =>
        await FillsTheTenancy(SchemaUpgrades.OnPostgres(postgres, "care_tenancy"));

    private static async Task FillsTheTenancy(StoreOptions options)
    {
        await using (var before = Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000002_Tenancy");
            foreach (var (id, type, key) in new[]
                     {
                         (Person, "Person", Reference), (Referral, "Referral", Reference),
                         (Concern, "SafeguardingConcern", Reference), (Assessment, "Assessment", Referral.ToString()),
                         (Plan, "SupportPlan", Assessment.ToString()),
                         (Verification, "PlanVerification", Plan.ToString()),
                         (Request, "PlacementRequest", Plan.ToString()), (Package, "CarePackage", Plan.ToString()),
                         (Provider, "KnownOrganisation", null),
                     })
                await Insert(before, id, type, key);
            // The registering commissioner's "org" claim as the token spelt it: codes are compared upper-case.
            await before.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_records ("Id", "AtUtc", "Actor", "Organisation", "Authority", "Action", "EntityType",
                    "EntityId", "Changes")
                VALUES ({Guid.NewGuid()}, {DateTime.UtcNow}, {"intake-1"}, {"e08000015"}, {"commissioner"}, {"added"},
                    {"Person"}, {Person.ToString()}, {"{}"})
                """);
        }

        await using var store = Open(options);
        await store.Database.MigrateAsync();

        var tenancies = await store.StoredAggregates.ToDictionaryAsync(a => a.Id, a => a.Tenancy);
        Assert.Null(tenancies[Provider]);
        Assert.All(tenancies.Where(t => t.Key != Provider), t => Assert.Equal("E08000015", t.Value));
        await Insert(store, Guid.NewGuid(), "Person", Reference, tenancy: "E06000026");
        await Assert.ThrowsAnyAsync<Exception>(() => Insert(store, Guid.NewGuid(), "Person", Reference, "E08000015"));
    }

    /// <summary>A row as the store writes it, its id as each provider stores a Guid.</summary>
    private static async Task Insert(
        CarePackagesStore store, Guid id, string type, string? key, string? tenancy = null)
    {
        object stored = store.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
        object version = store.Database.IsNpgsql() ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant();
        const string body = "{}";
        if (tenancy is null)
            await store.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version")
                VALUES ({stored}, {type}, {key}, {body}, {DateTime.UtcNow}, {version})
                """);
        else
            await store.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version", "Tenancy")
                VALUES ({stored}, {type}, {key}, {body}, {DateTime.UtcNow}, {version}, {tenancy})
                """);
    }

    private static CarePackagesStore Open(StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<CarePackagesStore>();
        ServiceStore.Configure(builder, options, "care-packages", typeof(CarePackagesStore).Assembly.GetName().Name!);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["People:PseudonymKey"] = Convert.ToBase64String(new byte[32]),
            ["Verification:VerifierWeeklyLimit"] = "1000", ["Verification:VerifierOneOffLimit"] = "2000",
        }).Build();
        return new CarePackagesStore(builder.Options, new SchemaUpgradeActor(), new CarePackagesRules(settings));
    }
}
