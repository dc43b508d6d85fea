using System.Text.Json;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api.Deadlines;
using Returns.Api.Infrastructure;
using Returns.Domain.Returns;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// The due-date worker (issue 18 cap. 8) on the service's one clock, moved through the CLD quarter 2024/25 Q1's
/// due date, 31 July 2024 (ReturnCalendar.DueOn; anchors B.1 L472: the quarter is submitted in the month after
/// it). Ten working days before it (README "Due dates") is Wednesday 17 July 2024.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class DueDateWorkerTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    private readonly DayClock _clock = new() { Today = new DateOnly(2024, 7, 1) };

    protected override void Replace(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private DueDateWorker Worker => Service.Services.GetRequiredService<DueDateWorker>();

    [Fact]
    public async Task A_return_is_told_approaching_due_today_and_overdue_once_each_and_its_view_shows_it()
    {
        var id = Id(await Open());
        _clock.Today = new DateOnly(2024, 7, 16);
        await Worker.SweepAsync();
        Assert.Equal("not-yet-due", (await View(id)).GetProperty("dueState").GetString());
        Assert.Empty(await Told());

        _clock.Today = new DateOnly(2024, 7, 17);
        await Worker.SweepAsync();
        Assert.Equal(0, await Worker.SweepAsync());
        _clock.Today = new DateOnly(2024, 7, 31);
        await Worker.SweepAsync();
        _clock.Today = new DateOnly(2024, 8, 1);
        await Worker.SweepAsync();
        Assert.Equal(0, await Worker.SweepAsync());

        var told = await Told();
        Assert.Equal(["approaching", "due-today", "overdue"], told.Select(e => e.GetProperty("state").GetString()));
        Assert.All(told, e => Assert.Equal((2024, 7, 31), DateOf(e.GetProperty("dueOn"))));
        Assert.All(told, e => Assert.Equal(Wirral,
            e.GetProperty("return").GetProperty("council").GetProperty("code").GetString()));
        var view = await View(id);
        Assert.Equal("overdue", view.GetProperty("dueState").GetString());
        Assert.Equal([("approaching", "2024-07-17"), ("due-today", "2024-07-31"), ("overdue", "2024-08-01")],
            view.GetProperty("dueNotices").EnumerateArray().Select(n =>
                (n.GetProperty("state").GetString(), n.GetProperty("raisedOn").GetString())));
    }

    [Fact]
    public async Task A_return_submitted_before_its_due_date_is_never_told_and_a_missed_sweep_tells_only_today()
    {
        await Deliver("package-started", Started());
        var submitted = Id(await Open());
        await Submitted(submitted);
        var late = Id(await Open("2024/25 Q2"));
        // A worker that did not run in October tells the Q2 return what it is on the day it runs, not the days missed.
        _clock.Today = new DateOnly(2024, 11, 1); // Q2 is due 31 October 2024

        Assert.Equal(1, await Worker.SweepAsync());

        var told = Assert.Single(await Told());
        Assert.Equal((late.ToString(), "overdue"),
            (told.GetProperty("return").GetProperty("returnId").GetString(), told.GetProperty("state").GetString()));
        Assert.Equal("submitted", (await View(submitted)).GetProperty("dueState").GetString());
    }

    [Fact]
    public async Task Of_two_sweeps_racing_over_a_return_the_store_keeps_one_telling()
    {
        var id = Id(await Open());
        _clock.Today = new DateOnly(2024, 7, 17);
        await using var first = Service.Services.CreateAsyncScope();
        await using var second = Service.Services.CreateAsyncScope();
        var stores = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<ReturnsStore>())
            .ToList();
        foreach (var store in stores) (await store.Aggregates<StatutoryReturn>().Get(id)).CheckDue(_clock.Today);

        await stores[0].SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stores[1].SaveChangesAsync());
        Assert.Single(await Told());
    }

    private Task<JsonElement> View(Guid id) => Ok(Officer.GetAsync($"/api/v1/returns/{id}"));

    private Task<List<JsonElement>> Told() => Told(Service);

    /// <summary>The due states staged in the outbox, as their proto-JSON payloads, in the order written.</summary>
    internal static async Task<List<JsonElement>> Told(ServiceUnderTest<Program> service) =>
    [
        .. (await ReadModelTests.Outbox(service)).Where(m => m.Topic == "statutory-returns.return-due-state-reached")
            .Select(m => JsonDocument.Parse(m.Payload).RootElement),
    ];

    private static (int, int, int) DateOf(JsonElement date) => (date.GetProperty("year").GetInt32(),
        date.GetProperty("month").GetInt32(), date.GetProperty("day").GetInt32());
}

/// <summary>
/// The worker fires itself: nobody calls SweepAsync, the host's timer does, every Returns:DueSweepInterval.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class DueDateScheduleTests(CarePackagesPartner carePackages)
    : ReturnsServiceTest(carePackages)
{
    private readonly DayClock _clock = new() { Today = new DateOnly(2024, 7, 1) };

    protected override Dictionary<string, string?> Settings() => new() { ["Returns:DueSweepInterval"] = "00:00:00.2" };

    protected override void Replace(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task The_hosts_timer_tells_the_return_approaching_on_17_July_2024()
    {
        await Open();
        _clock.Today = new DateOnly(2024, 7, 17);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await DueDateWorkerTests.Told(Service)).Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(100);

        var told = Assert.Single(await DueDateWorkerTests.Told(Service));
        Assert.Equal("approaching", told.GetProperty("state").GetString());
    }
}
