using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Framework;
using Contracts.Domain.Providers;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

/// <summary>
/// The single provider framework run as a dynamic purchasing list (W:414): commissioners publish it
/// with its lots, admit providers on its published criteria on any open day, exclude them, and
/// reassess a member after its record changes (a new rating, a serious concern). Brokers read it.
/// </summary>
public static class FrameworksApi
{
    private static readonly PartnerTag Tag = ContractsTags.Framework;

    public static void MapFrameworksApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/frameworks");
        api.MapPost("/", Publish).RequireAuthorization(ContractsPolicies.RunsTheFramework)
            .Documented(Tag, "publishFramework", "Publish the provider framework",
                "A commissioner publishes the list with at least one lot, the day it opens (and any day it closes, "
                + "not before it opens) and whether members must pay the living wage.", Status400BadRequest);
        var readers = api.MapGroup("").RequireAuthorization(ContractsPolicies.ReadsTheFramework);
        readers.MapGet("/", async (int? offset, int? limit, ContractsStore store) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                return (await store.Aggregates<ProviderFramework>().Page(skip, take)).Select(FrameworkView.Of).ToList();
            })
            .Documented(Tag, "listFrameworks", "List the frameworks",
                "Commissioners and brokers read their organisation's frameworks with their members. "
                + ContractsApi.Paged, Status400BadRequest);
        readers.MapGet("/{id:guid}", async (Guid id, ContractsStore store) =>
                FrameworkView.Of(await store.Aggregates<ProviderFramework>().Get(id)))
            .Documented(Tag, "getFramework", "Read a framework", "Its lots and every membership, past and present.",
                Status404NotFound);
        MapMembership(api.MapGroup("/{id:guid}").RequireAuthorization(ContractsPolicies.RunsTheFramework));
    }

    private static void MapMembership(RouteGroupBuilder framework)
    {
        framework.MapPost("/lots", (Guid id, LotRequest r, ContractsStore store) =>
                Change(store, id, f => f.AddLot(r.ToSegment())))
            .Documented(Tag, "addFrameworkLot", "Add a lot",
                "A commissioner adds a segment the list does not have yet (409 if it has).",
                Status400BadRequest, Status404NotFound, Status409Conflict);
        framework.MapPost("/admissions", (Guid id, AdmissionRequest r, ContractsStore store) =>
                WithProvider(store, id, r.ProviderId,
                    (f, p) => f.Admit(p, r.Lots.Select(l => l.ToSegment()).ToList(), r.AdmittedOn)))
            .Documented(Tag, "admitProvider", "Admit a provider to lots",
                "On any day the list is open, a provider that meets the published criteria (active, not rated "
                + "Inadequate, no serious concern, the living wage where required) joins the named lots.",
                Status400BadRequest, Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
        framework.MapPost("/exclusions", (Guid id, ExclusionRequest r, ContractsStore store) =>
                Change(store, id, f => f.Exclude(r.ProviderId, r.Reason, r.ExcludedOn)))
            .Documented(Tag, "excludeFrameworkMember", "Exclude a member",
                "A commissioner takes a current member off every lot, with a reason, no earlier than its admission.",
                Status400BadRequest, Status404NotFound);
        framework.MapPost("/reassessments", (Guid id, ReassessmentRequest r, ContractsStore store) =>
                WithProvider(store, id, r.ProviderId, (f, p) => f.Reassess(p, r.On)))
            .Documented(Tag, "reassessFrameworkMember", "Reassess a member",
                "After the provider's record changes, a member that no longer meets the criteria is excluded with "
                + "the reason.", Status400BadRequest, Status404NotFound);
    }

    private static async Task<Created<FrameworkView>> Publish(NewFramework r, ContractsStore store)
    {
        var framework = ProviderFramework.Publish(
            r.Name, r.OpensOn, r.ClosesOn, r.Lots.Select(l => l.ToSegment()), r.RequiresLivingWage);
        store.Aggregates<ProviderFramework>().Add(framework);
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/frameworks/{framework.Id}", FrameworkView.Of(framework));
    }

    private static async Task<FrameworkView> Change(
        ContractsStore store, Guid id, Action<ProviderFramework> operation) =>
        FrameworkView.Of(await store.Change(id, operation));

    private static async Task<FrameworkView> WithProvider(
        ContractsStore store, Guid id, Guid providerId, Action<ProviderFramework, Provider> operation)
    {
        var provider = await store.Aggregates<Provider>().Get(providerId, "providerId");
        return await Change(store, id, f => operation(f, provider));
    }
}
