using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

public sealed record PartnerBodyRequest(string Name, StatutoryBodyKind Kind, string Code);
public sealed record NewPartnership(string Name, IReadOnlyList<PartnerBodyRequest> Bodies);

/// <summary>
/// Partnerships of statutory bodies. Commissioners and platform administrators set them up; any
/// authenticated partner user reads them (the partner list is not confidential); provider users see nothing.
/// </summary>
public static class PartnershipsApi
{
    public static void MapPartnershipsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/partnerships").WithTags("Partnerships").RequireAuthorization(PoolCaller.PoolReaders);
        api.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.PlatformAdmin));
        api.MapGet("/", async (PooledFinanceStore store) => await store.Aggregates<Partnership>().List());
        api.MapGet("/{id:guid}", async (Guid id, PooledFinanceStore store) => await store.Aggregates<Partnership>().Get(id));
        api.MapPost("/{id:guid}/bodies", Join).RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.PlatformAdmin));
    }

    private static async Task<IResult> Create(NewPartnership request, PooledFinanceStore store)
    {
        var partnership = Partnership.Create(request.Name, request.Bodies.Select(ToBody).ToList());
        store.Aggregates<Partnership>().Add(partnership);
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/partnerships/{partnership.Id}", partnership);
    }

    private static async Task<Partnership> Join(Guid id, PartnerBodyRequest request, PooledFinanceStore store)
    {
        var partnership = await store.Aggregates<Partnership>().Get(id);
        partnership.Join(ToBody(request));
        await store.SaveChangesAsync();
        return partnership;
    }

    private static PartnerBody ToBody(PartnerBodyRequest body) => PartnerBody.Create(body.Name, body.Kind, body.Code);
}
