using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Partnerships;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Partnerships of statutory bodies. Commissioners and platform administrators set them up; any
/// authenticated partner user reads them (the partner list is not confidential); provider users see nothing.
/// </summary>
public static class PartnershipsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Partnerships;

    public static void MapPartnershipsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/partnerships").RequireAuthorization(PooledFinancePolicies.ReadsPartnerships);
        api.MapPost("/", Create).RequireAuthorization(PooledFinancePolicies.SetsUpPartnerships)
            .Documented(Tag, "createPartnership", "Set up a partnership",
                "A commissioner or platform administrator names the partnership and its statutory bodies, each by "
                + "its GSS or ODS code.", Status400BadRequest)
            .WithExample(FinanceExamples.NewPartnership, FinanceExamples.Partnership);
        api.MapGet("/", async (PooledFinanceStore store) =>
                (await store.Aggregates<Partnership>().List()).Select(PartnershipView.Of).ToList())
            .Documented(Tag, "listPartnerships", "List partnerships",
                "Every partnership and its bodies; any partner user reads them, provider users do not.");
        api.MapGet("/{id:guid}", async (Guid id, PooledFinanceStore store) =>
                PartnershipView.Of(await store.Aggregates<Partnership>().Get(id)))
            .Documented(Tag, "getPartnership", "Read a partnership", "The partnership and its bodies.",
                Status404NotFound);
        api.MapPost("/{id:guid}/bodies", Join).RequireAuthorization(PooledFinancePolicies.SetsUpPartnerships)
            .Documented(Tag, "addPartnerBody", "Add a body to the partnership",
                "A commissioner or platform administrator adds a statutory body; a code is used once per "
                + "partnership.", Status400BadRequest, Status404NotFound, Status409Conflict);
    }

    private static async Task<Created<PartnershipView>> Create(NewPartnership request, PooledFinanceStore store)
    {
        var partnership = Partnership.Create(request.Name, request.Bodies.Select(ToBody).ToList());
        store.Aggregates<Partnership>().Add(partnership);
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/partnerships/{partnership.Id}", PartnershipView.Of(partnership));
    }

    private static async Task<PartnershipView> Join(Guid id, PartnerBodyRequest request, PooledFinanceStore store)
    {
        var partnership = await store.Aggregates<Partnership>().Get(id);
        partnership.Join(ToBody(request));
        await store.SaveChangesAsync();
        return PartnershipView.Of(partnership);
    }

    private static PartnerBody ToBody(PartnerBodyRequest body) => PartnerBody.Create(body.Name, body.Kind, body.Code);
}
