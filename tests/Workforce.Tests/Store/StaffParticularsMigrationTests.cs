using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Staff;
using Workforce.Tests.Domain;

namespace Workforce.Tests.Store;

/// <summary>
/// Schema version 2 adds each staff record's ELI particulars: a record a version-1 store holds (A's half-time
/// member of the Integrated Disability Service with a grievance on file) gets particulars equal to what its JSON
/// says, with its tenancy, so the upgraded store's ELI pack names it; on SQLite and on PostgreSQL.
/// </summary>
public sealed class StaffParticularsMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public Task A_record_held_before_particulars_gets_them_from_its_json_on_SQLite() =>
        SchemaUpgrades.OnSqlite("workforce-migration-", FillsTheParticulars);

    [Fact]
    public Task A_record_held_before_particulars_gets_them_from_its_json_on_PostgreSQL() =>
        FillsTheParticulars(SchemaUpgrades.OnPostgres(postgres, "workforce_migration"));

    // A version-1 row's save time: the cabinet approval the record was opened under (A L23).
    private static readonly DateTime SavedUtc = new(2017, 10, 2, 9, 0, 0, DateTimeKind.Utc);

    private static async Task FillsTheParticulars(StoreOptions options)
    {
        var record = new AllAgeTransfer().Records.First(r => r.Fte.Value == 0.5m);
        record.RecordCase(new EmploymentCase(EmploymentCaseKind.Grievance, new DateOnly(2017, 6, 1), "Rota"),
            new DateOnly(2017, 10, 2));
        await using (var version1 = Open(options))
        {
            await version1.GetService<IMigrator>().MigrateAsync("20261202000001_Initial");
            // Written as version 1 wrote it: no particulars beside the row.
            object Id(Guid id) => version1.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
            await version1.Database.ExecuteSqlAsync($"""
                INSERT INTO aggregates ("Id", "Type", "Key", "Body", "UpdatedUtc", "Version", "Tenancy")
                VALUES ({Id(record.Id)}, 'StaffRecord', {record.EmployerId.ToString()},
                    {DomainJson.Serialize(record)}, {SavedUtc}, {Id(Guid.NewGuid())}, 'E08000015')
                """);
        }

        await using var store = Open(options);
        await store.Database.MigrateAsync();

        var read = Assert.Single(await StaffParticulars.Read(store, [record.Id], CancellationToken.None));
        var expected = record.EliParticulars;
        Assert.Equal((expected.StaffRecordId, expected.Reference, expected.Personal, expected.Terms),
            (read.StaffRecordId, read.Reference, read.Personal, read.Terms));
        Assert.Equal(expected.Cases, read.Cases);
        Assert.Equal("E08000015", await store.Set<StaffParticulars>().Select(p => p.Tenancy).SingleAsync());
    }

    private static WorkforceStore Open(StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<WorkforceStore>();
        ServiceStore.Configure(builder, options, "workforce", typeof(WorkforceStore).Assembly.GetName().Name!);
        return new WorkforceStore(builder.Options, new SchemaUpgradeActor(), TimeProvider.System);
    }
}
