using Commissioning.Identity;
using Contracts.Api.Events;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

public sealed record NewProvider(string Name, string OdsCode, ProviderSector Sector, string? CqcLocationId);
public sealed record CqcRatingRequest(CqcRating Rating, DateOnly RatedOn);
public sealed record LivingWageRequest(LivingWageStatus Status, DateOnly ConfirmedOn);
public sealed record CapacityRequest(ServiceType ServiceType, string Locality, int Places);
public sealed record ProviderStatusRequest(string Reason, DateOnly On);
public sealed record ProviderDateRequest(DateOnly On);

/// <summary>
/// The provider register. Commissioners register providers and record what the regulator and the
/// council's own processes say about them; a suspension, exclusion, Inadequate rating or serious
/// concern takes the provider out of brokerage at once (ProviderBrokerageEligibilityChanged).
/// Brokers read the register; a provider user reads its own record and declares its own capacity.
/// </summary>
public static class ProvidersApi
{
    private static readonly string[] Readers = [Roles.Commissioner, Roles.Broker, Roles.ProviderUser];

    public static void MapProvidersApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/providers").WithTags("Providers");
        api.MapPost("/", Register).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapGet("/", async (ContractsStore store) => await store.Aggregates<Provider>().List())
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.Broker));

        var provider = api.MapGroup("/{id:guid}");
        provider.MapGet("/", View).RequireAuthorization(p => p.RequireRole(Readers));
        provider.MapPut("/capacity", DeclareCapacity).RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.ProviderUser));
        var commissioner = provider.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        commissioner.MapPost("/cqc-ratings", RecordRating);
        commissioner.MapPost("/living-wage", (Guid id, LivingWageRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.RecordLivingWage(r.Status, r.ConfirmedOn)));
        commissioner.MapPost("/serious-concern", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.RaiseSeriousConcern(r.Reason, r.On)));
        commissioner.MapPost("/serious-concern/closure", (Guid id, ProviderDateRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.CloseSeriousConcern(r.On)));
        commissioner.MapPost("/suspension", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.Suspend(r.Reason, r.On)));
        commissioner.MapPost("/reinstatement", (Guid id, ProviderDateRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.Reinstate(r.On)));
        commissioner.MapPost("/exclusion", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
            store.Change<Provider>(id, p => p.Exclude(r.Reason, r.On)));
    }

    private static async Task<IResult> Register(NewProvider r, ContractsStore store)
    {
        var provider = Provider.Register(r.Name, r.OdsCode, r.Sector, r.CqcLocationId);
        await store.AddUnique(provider, LookupKeys.Provider(provider.OdsCode), "odsCode", $"A provider with ODS code {provider.OdsCode}");
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/providers/{provider.Id}", provider);
    }

    /// <summary>Records and publishes a rating; a framework reassessment then takes a member that fails the criteria off the list.</summary>
    private static async Task<Provider> RecordRating(Guid id, CqcRatingRequest r, ContractsStore store)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        var previous = provider.CqcRating;
        provider.RecordCqcRating(r.Rating, r.RatedOn);
        ContractsEvents.RatingRecorded(store, provider, previous);
        await store.SaveChangesAsync();
        return provider;
    }

    /// <summary>Commissioners and brokers see every provider; a provider user only its own record.</summary>
    private static async Task<Provider> View(Guid id, ContractsStore store, HttpContext http)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(!caller.IsProvider || caller.IsProviderOf(provider.OdsCode), "id", "see another provider's record");
        return provider;
    }

    private static async Task<Provider> DeclareCapacity(Guid id, CapacityRequest r, ContractsStore store, HttpContext http)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanDeclareCapacity(http.ContractsCaller(), provider), "id", "declare another provider's capacity");
        provider.SetCapacity(MarketSegment.Of(r.ServiceType, r.Locality), r.Places);
        await store.SaveChangesAsync();
        return provider;
    }
}
