using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Schema version 3 moves the entries of a version-2 store (JSON in its FundLedger aggregate) into
/// ledger_entries, to the penny and in order, on SQLite and on PostgreSQL.
/// </summary>
public sealed class LedgerMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly Guid Fund = Guid.NewGuid(), Line = Guid.NewGuid(), Council = Guid.NewGuid(), Posted = Guid.NewGuid(), Reversal = Guid.NewGuid();

    // As DomainJson wrote a FundLedger before version 3: W 2017/18 council Pot A budget (W:615), an actual and its reversal.
    private static readonly string Version2Ledger = $$"""
        {"entries":[
          {"id":"{{Guid.NewGuid()}}","fundId":"{{Fund}}","budgetLineId":"{{Line}}","partnerBodyId":"{{Council}}","kind":"Budget","amount":73900000.00,"postingDate":"2017-04-01","reference":"budget:COUNCIL-A","vatRecoveredBy":"{{Council}}","batchId":null,"reversesEntryId":null},
          {"id":"{{Posted}}","fundId":"{{Fund}}","budgetLineId":"{{Line}}","partnerBodyId":"{{Council}}","kind":"Actual","amount":1250000.50,"postingDate":"2017-04-30","reference":"GL-1001","vatRecoveredBy":"{{Council}}","batchId":"{{Guid.NewGuid()}}","reversesEntryId":null},
          {"id":"{{Reversal}}","fundId":"{{Fund}}","budgetLineId":"{{Line}}","partnerBodyId":"{{Council}}","kind":"Actual","amount":-1250000.50,"postingDate":"2017-05-05","reference":"Reversal of GL-1001: wrong line","vatRecoveredBy":"{{Council}}","batchId":null,"reversesEntryId":"{{Posted}}"}],
         "fundId":"{{Fund}}","id":"{{Guid.NewGuid()}}"}
        """;

    [Fact]
    public Task A_version_2_ledger_moves_into_the_table_on_SQLite() =>
        SchemaUpgrades.OnSqlite("ledger-migration-", MovesTheLedger);

    [Fact]
    public async Task A_version_2_ledger_moves_into_the_table_on_PostgreSQL() =>
        await MovesTheLedger(SchemaUpgrades.OnPostgres(postgres, "migration"));

    private static async Task MovesTheLedger(StoreOptions options)
    {
        await using (var version2 = UpgradedStore.Open(options))
        {
            await version2.GetService<IMigrator>().MigrateAsync("20261122000002_Eventing");
            // Written as version 2 wrote it: today's model has columns version 2 did not.
            object id = version2.Database.IsNpgsql() ? Guid.NewGuid() : Guid.NewGuid().ToString().ToUpperInvariant();
            await version2.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version")
                VALUES ({id}, 'FundLedger', {Fund.ToString()}, {Version2Ledger}, {DateTime.UtcNow}, {id})
                """);
        }

        await using var store = UpgradedStore.Open(options);
        await store.Database.MigrateAsync();

        var entries = (await store.LedgerEntries.OrderBy(e => e.Sequence).ToListAsync()).Select(e => e.ToEntry()).ToList();
        Assert.Equal([73_900_000.00m, 1_250_000.50m, -1_250_000.50m], entries.Select(e => e.Amount));
        Assert.Equal([EntryKind.Budget, EntryKind.Actual, EntryKind.Actual], entries.Select(e => e.Kind));
        Assert.Equal((Reversal, Posted, new DateOnly(2017, 5, 5)), (entries[2].Id, entries[2].ReversesEntryId!.Value, entries[2].PostingDate));
        Assert.All(entries, e => Assert.Equal((Fund, Line, Council), (e.FundId, e.BudgetLineId, e.VatRecoveredBy)));
        Assert.NotNull(entries[1].BatchId);
        Assert.False(await store.StoredAggregates.AnyAsync(a => a.Type == "FundLedger"));
        Assert.Single(await store.LedgerEntries.Where(e => e.FundId == Fund && e.Id == Posted).ToListAsync());
    }
}
