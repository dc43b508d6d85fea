using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;

namespace Returns.Api.Apis;

/// <summary>
/// Operations on the read models (issue 18 cap. 1): a platform administrator rebuilds the CLD read model from
/// the archive of every event received; the projection is one function of the archive, so the rows come out the
/// same. The rebuild runs in one transaction: a reader sees the old rows or the new, never none.
/// </summary>
public static class ReadModelsApi
{
    public static void MapReadModelsApi(this WebApplication app) =>
        app.MapPost("/api/v1/returns/read-models/cld/rebuild", Rebuild)
            .RequireAuthorization(ReturnsPolicies.RebuildsReadModels)
            .Documented(ReturnsTags.ReadModels, "rebuildCldReadModel", "Rebuild the CLD read model",
                "Empties the CLD read model and applies every archived event again in the order received; answers "
                + "how many events were replayed and how many rows the read model holds.");

    private static async Task<RebuildView> Rebuild(ReturnsStore store, CancellationToken ct)
    {
        await using var transaction = await store.Database.BeginTransactionAsync(ct);
        var events = await CldProjection.Rebuild(store, ct);
        await transaction.CommitAsync(ct);
        return new RebuildView("cld", events, await store.CldServices.CountAsync(ct));
    }
}
