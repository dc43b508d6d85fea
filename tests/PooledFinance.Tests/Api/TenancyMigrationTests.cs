using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PooledFinance.Api.Infrastructure;

namespace PooledFinance.Tests.Api;

/// <summary>
/// The tenancy step fills the partnership of every row a store already holds (issue 15, deliverable 1):
/// a partnership is its own; its agreement, the agreement's fund and the fund's line take it from their
/// parent, on SQLite and on PostgreSQL.
/// </summary>
public sealed class TenancyMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly Guid Partnership = Guid.NewGuid(), Agreement = Guid.NewGuid(), Fund = Guid.NewGuid(), Line = Guid.NewGuid();

    [Fact]
    public Task Rows_held_before_tenancy_belong_to_their_partnership_on_SQLite() =>
        SchemaUpgrades.OnSqlite("tenancy-migration-", FillsTheTenancy);

    [Fact]
    public async Task Rows_held_before_tenancy_belong_to_their_partnership_on_PostgreSQL() =>
        await FillsTheTenancy(SchemaUpgrades.OnPostgres(postgres, "tenancy"));

    private static async Task FillsTheTenancy(StoreOptions options)
    {
        await using (var before = UpgradedStore.Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000001_UniqueKeys");
            foreach (var (id, type, key) in new[]
                     {
                         (Partnership, "Partnership", (Guid?)null), (Agreement, "Section75Agreement", Partnership),
                         (Fund, "Fund", Agreement), (Line, "BudgetLine", Fund),
                     })
                await Insert(before, id, type, key?.ToString());
        }

        await using var store = UpgradedStore.Open(options);
        await store.Database.MigrateAsync();

        var tenancies = await store.StoredAggregates.OrderBy(a => a.Type).Select(a => a.Tenancy).ToListAsync();
        Assert.Equal(Enumerable.Repeat(Partnership.ToString(), 4), tenancies);
    }

    /// <summary>A row as the store wrote it before the tenancy step (no tenancy column), its id as each provider stores a Guid.</summary>
    private static async Task Insert(PooledFinanceStore store, Guid id, string type, string? key)
    {
        var (stored, version) = (store.AsStored(id), store.AsStored(Guid.NewGuid()));
        const string body = "{}";
        await store.Database.ExecuteSqlAsync($"""
            INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version")
            VALUES ({stored}, {type}, {key}, {body}, {DateTime.UtcNow}, {version})
            """);
    }
}
