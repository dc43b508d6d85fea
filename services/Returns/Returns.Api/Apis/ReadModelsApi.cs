using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;

namespace Returns.Api.Apis;

/// <summary>
/// Operations on the read models (issue 18 cap. 1): a platform administrator rebuilds the CLD read model, or the
/// formal s75 decisions', from the archive of every event received; each projection is one function of the archive,
/// so the rows come out the same. The rebuild runs in one transaction: a reader sees the old rows or the new, never
/// none.
/// </summary>
public static class ReadModelsApi
{
    public static void MapReadModelsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/returns/read-models/cld/rebuild", (ReturnsStore store, CancellationToken ct) =>
                Rebuild(store, "cld", CldProjection.Rebuild, () => store.CldServices.CountAsync(ct), ct))
            .RequireAuthorization(ReturnsPolicies.RebuildsReadModels)
            .Documented(ReturnsTags.ReadModels, "rebuildCldReadModel", "Rebuild the CLD read model",
                "Empties the CLD read model and applies every archived event again in the order received; answers "
                + "how many events were replayed and how many rows the read model holds.");
        app.MapPost("/api/v1/returns/read-models/s75-decisions/rebuild", (ReturnsStore store, CancellationToken ct) =>
                Rebuild(store, "s75-decisions", S75Decisions.Rebuild, () => store.S75Decisions.CountAsync(ct), ct))
            .RequireAuthorization(ReturnsPolicies.RebuildsReadModels)
            .Documented(ReturnsTags.ReadModels, "rebuildS75DecisionsReadModel", "Rebuild the s75 decisions read model",
                "Empties the formal s75 decisions the BCF returns' budget arrangements are told by and applies every "
                + "archived governance decision again in the order received; answers how many events were replayed "
                + "and how many decisions the read model holds.");
    }

    private static async Task<RebuildView> Rebuild(ReturnsStore store, string name,
        Func<ReturnsStore, CancellationToken, Task<int>> replay, Func<Task<int>> rows, CancellationToken ct)
    {
        await using var transaction = await store.Database.BeginTransactionAsync(ct);
        var events = await replay(store, ct);
        await transaction.CommitAsync(ct);
        return new RebuildView(name, events, await rows());
    }
}
