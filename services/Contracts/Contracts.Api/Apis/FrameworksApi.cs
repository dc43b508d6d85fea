using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

public sealed record LotRequest(ServiceType ServiceType, string Locality)
{
    public MarketSegment ToSegment() => MarketSegment.Of(ServiceType, Locality);
}
public sealed record NewFramework(string Name, DateOnly OpensOn, DateOnly? ClosesOn, IReadOnlyList<LotRequest> Lots, bool RequiresLivingWage);
public sealed record AdmissionRequest(Guid ProviderId, IReadOnlyList<LotRequest> Lots, DateOnly AdmittedOn);
public sealed record ExclusionRequest(Guid ProviderId, string Reason, DateOnly ExcludedOn);
public sealed record ReassessmentRequest(Guid ProviderId, DateOnly On);

/// <summary>
/// The single provider framework run as a dynamic purchasing list (W:414): commissioners publish it
/// with its lots, admit providers on its published criteria on any open day, exclude them, and
/// reassess a member after its record changes (a new rating, a serious concern). Brokers read it.
/// </summary>
public static class FrameworksApi
{
    public static void MapFrameworksApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/frameworks").WithTags("Framework");
        api.MapPost("/", Publish).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapGet("/", async (ContractsStore store) => await store.Aggregates<ProviderFramework>().List())
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.Broker));
        api.MapGet("/{id:guid}", async (Guid id, ContractsStore store) => await store.Aggregates<ProviderFramework>().Get(id))
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.Broker));

        var framework = api.MapGroup("/{id:guid}").RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        framework.MapPost("/lots", (Guid id, LotRequest r, ContractsStore store) =>
            store.Change<ProviderFramework>(id, f => f.AddLot(r.ToSegment())));
        framework.MapPost("/admissions", (Guid id, AdmissionRequest r, ContractsStore store) =>
            WithProvider(store, id, r.ProviderId, (f, p) => f.Admit(p, r.Lots.Select(l => l.ToSegment()).ToList(), r.AdmittedOn)));
        framework.MapPost("/exclusions", (Guid id, ExclusionRequest r, ContractsStore store) =>
            store.Change<ProviderFramework>(id, f => f.Exclude(r.ProviderId, r.Reason, r.ExcludedOn)));
        framework.MapPost("/reassessments", (Guid id, ReassessmentRequest r, ContractsStore store) =>
            WithProvider(store, id, r.ProviderId, (f, p) => f.Reassess(p, r.On)));
    }

    private static async Task<IResult> Publish(NewFramework r, ContractsStore store)
    {
        var framework = ProviderFramework.Publish(r.Name, r.OpensOn, r.ClosesOn, r.Lots.Select(l => l.ToSegment()), r.RequiresLivingWage);
        store.Aggregates<ProviderFramework>().Add(framework);
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/frameworks/{framework.Id}", framework);
    }

    private static async Task<ProviderFramework> WithProvider(ContractsStore store, Guid id, Guid providerId, Action<ProviderFramework, Provider> operation)
    {
        var provider = await store.Aggregates<Provider>().Get(providerId, "providerId");
        return await store.Change<ProviderFramework>(id, f => operation(f, provider));
    }
}
