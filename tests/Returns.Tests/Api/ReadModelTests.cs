using System.Net;
using System.Net.Http.Json;
using Commissioning.Eventing.Outbox;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Returns.Api.Events;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// The CLD read model is a projection of the archive of every event received (issue 18 cap. 1): rebuilt from it
/// by a platform administrator it holds the same rows; nobody else may rebuild it.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class ReadModelTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    [Fact]
    public async Task A_rebuild_from_the_archive_gives_the_same_rows()
    {
        await Deliver("package-started", Started());
        await Deliver("package-changed", Changed());
        await Deliver("package-ended", Ended());
        var before = await Rows(Service);
        using var operator_ = Service.ClientFor("platform", Roles.PlatformAdmin);

        var rebuilt = await Ok(operator_.PostAsync("/api/v1/returns/read-models/cld/rebuild", null));

        Assert.Equal((3, 1), (rebuilt.GetProperty("events").GetInt32(), rebuilt.GetProperty("rows").GetInt32()));
        Assert.Equal(before, await Rows(Service));
        var row = Assert.Single(await CldRows(Service));
        Assert.Equal((1900L, new DateOnly(2024, 6, 28)), (row.UnitCostPence, row.EndDate));
    }

    [Fact]
    public async Task Only_a_platform_administrator_rebuilds_a_read_model()
    {
        using var auditor = Service.ClientFor(Wirral, Roles.Auditor);

        await Refused(Officer.PostAsync("/api/v1/returns/read-models/cld/rebuild", null), HttpStatusCode.Forbidden);
        await Refused(auditor.PostAsync("/api/v1/returns/read-models/cld/rebuild", null), HttpStatusCode.Forbidden);
    }

    /// <summary>Every event the service archived, oldest first.</summary>
    public static async Task<List<ArchivedEvent>> Archive(ServiceUnderTest<Program> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReturnsStore>().ArchivedEvents.AsNoTracking()
            .OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>What the service staged in its outbox, in the order written.</summary>
    public static async Task<List<OutboxMessage>> Outbox(ServiceUnderTest<Program> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReturnsStore>().Set<OutboxMessage>().AsNoTracking()
            .OrderBy(m => m.Sequence).ToListAsync();
    }

    /// <summary>The read model's rows as values, in key order.</summary>
    private static async Task<List<(string, string, string, long, string, long, DateOnly, DateOnly?)>> Rows(
        ServiceUnderTest<Program> service) => [.. (await CldRows(service)).Select(r => (r.PackageId, r.LineId,
            r.Council, r.UnitCostPence, r.CostFrequency, r.PlannedUnitsHundredths, r.StartDate, r.EndDate))];

    private static async Task<List<CldServiceRow>> CldRows(ServiceUnderTest<Program> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReturnsStore>().CldServices.AsNoTracking()
            .OrderBy(r => r.PackageId).ThenBy(r => r.LineId).ToListAsync();
    }
}
