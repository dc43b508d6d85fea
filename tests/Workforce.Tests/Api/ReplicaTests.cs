using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Api.Deadlines;
using Workforce.Api.Infrastructure;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// Two replicas of the workforce service on one PostgreSQL store (issue 20, "two replicas are safe"): started at
/// once on an empty database, the store's migrations run once; their clocks sweeping the same day at once raise
/// each transfer deadline once (A §1.1 L195: ELI due 4 March 2018 for the transfer of 1 April 2018).
/// </summary>
public sealed class ReplicaTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly List<ClockedService> _replicas = [];

    public async Task InitializeAsync()
    {
        var store = StoreSettings.Postgres(postgres, "workforce_replicas");
        var today = new DateOnly(2017, 10, 1);
        _replicas.AddRange(await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => new ClockedService(today, store)))));
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
    }

    [Fact]
    public async Task Replicas_started_at_once_on_an_empty_store_apply_each_migration_once()
    {
        await using var scope = _replicas[0].Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<WorkforceStore>().Database;
        var applied = (await database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(database.GetMigrations(), applied);
        var rows = await database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM \"__EFMigrationsHistory\"")
            .SingleAsync();
        Assert.Equal(applied.Count, rows);
    }

    [Fact]
    public async Task Two_clocks_sweeping_the_same_day_at_once_raise_each_deadline_once()
    {
        var a = await Create(_replicas[0]);
        using var wirralHr = a.WirralAs(Roles.HrOfficer);
        var projects = new List<Guid>();
        for (var i = 0; i < 5; i++)
            projects.Add(Id(await Ok(wirralHr.PostAsJsonAsync("/api/v1/transfer-projects", new
            {
                title = $"All Age Disability transfer to CWP, part {i + 1}", transfereeCode = Cwp,
                transferDate = "2018-04-01",
            }))));
        // 23 February 2018: ELI due 4 March 2018 is within 10 working days.
        foreach (var replica in _replicas) replica.Clock.Today = new DateOnly(2018, 2, 23);

        var workers = _replicas.Select(r => r.Services.GetRequiredService<TransferDeadlineWorker>()).ToList();
        for (var round = 0; round < 3; round++) await Task.WhenAll(workers.Select(w => w.SweepAsync()));

        var due = await a.Events("eli-due");
        Assert.Equal(projects.Order(), due.Select(e => e.GetProperty("transferProjectId").GetGuid()).Order());
    }
}
