using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Events;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Access;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

/// <summary>
/// The provider register. Commissioners register providers and record what the regulator and the
/// council's own processes say about them; a suspension, exclusion, Inadequate rating or serious
/// concern takes the provider out of brokerage at once (ProviderBrokerageEligibilityChanged).
/// Brokers read the register; a provider user reads its own record and declares its own capacity.
/// </summary>
public static class ProvidersApi
{
    private static readonly PartnerTag Tag = ContractsTags.Providers;

    public static void MapProvidersApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/providers");
        api.MapPost("/", Register).RequireAuthorization(ContractsPolicies.KeepsTheProviderRegister)
            .Documented(Tag, "registerProvider", "Register a provider",
                "A commissioner registers a provider by its ODS code, which is unique on the register (409 when "
                + "taken). The provider starts active, not yet rated by CQC, with its living wage unconfirmed.",
                Status400BadRequest, Status409Conflict)
            .WithExample(ContractsExamples.NewProvider, ContractsExamples.Provider);
        api.MapGet("/", async (int? offset, int? limit, ContractsStore store) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                return (await store.Aggregates<Provider>().Page(skip, take)).Select(ProviderView.Of).ToList();
            })
            .RequireAuthorization(ContractsPolicies.SearchesTheProviderRegister)
            .Documented(Tag, "listProviders", "List the provider register",
                "Commissioners and brokers read every provider on the register and whether brokerage may use it. "
                + ContractsApi.Paged, Status400BadRequest);

        var provider = api.MapGroup("/{id:guid}");
        provider.MapGet("/", View).RequireAuthorization(ContractsPolicies.ReadsAProvider)
            .Documented(Tag, "getProvider", "Read a provider",
                "Commissioners and brokers read any provider; a provider user only its own record (403 otherwise).",
                Status404NotFound);
        provider.MapPut("/capacity", DeclareCapacity)
            .RequireAuthorization(ContractsPolicies.DeclaresCapacity)
            .Documented(Tag, "declareProviderCapacity", "Declare the provider's capacity in a segment",
                "The provider (or a commissioner for it) declares the places it has free in a service type and "
                + "locality; brokerage sends work only to a provider with capacity in the segment.",
                Status400BadRequest, Status404NotFound);
        MapRecords(provider.MapGroup("").RequireAuthorization(ContractsPolicies.KeepsTheProviderRegister));
    }

    private static void MapRecords(RouteGroupBuilder commissioner)
    {
        commissioner.MapPost("/cqc-ratings", RecordRating)
            .Documented(Tag, "recordCqcRating", "Record a CQC rating",
                "A commissioner records the regulator's rating of a CQC-registered location; a rating older than "
                + "the one held is refused. Inadequate takes the provider out of brokerage at once, and a framework "
                + "reassessment takes a member that fails the criteria off the list.", Problems);
        commissioner.MapPost("/living-wage", (Guid id, LivingWageRequest r, ContractsStore store) =>
                Change(store, id, p => p.RecordLivingWage(r.Status, r.ConfirmedOn)))
            .Documented(Tag, "recordLivingWage", "Record whether the provider pays the living wage",
                "A framework that requires the living wage admits only providers confirmed as paying it.", Problems);
        commissioner.MapPost("/serious-concern", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
                Change(store, id, p => p.RaiseSeriousConcern(r.Reason, r.On)))
            .Documented(Tag, "raiseSeriousConcern", "Raise a serious concern about the provider",
                "A serious concern takes the provider out of brokerage until it is closed.", Problems);
        commissioner.MapPost("/serious-concern/closure", (Guid id, ProviderDateRequest r, ContractsStore store) =>
                Change(store, id, p => p.CloseSeriousConcern(r.On)))
            .Documented(Tag, "closeSeriousConcern", "Close the serious concern",
                "Closing the concern returns the provider to brokerage if nothing else bars it; refused when none is "
                + "open.", Problems);
        commissioner.MapPost("/suspension", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
                Change(store, id, p => p.Suspend(r.Reason, r.On)))
            .Documented(Tag, "suspendProvider", "Suspend the provider",
                "Only an active provider is suspended; it is out of brokerage until reinstated.", Problems);
        commissioner.MapPost("/reinstatement", (Guid id, ProviderDateRequest r, ContractsStore store) =>
                Change(store, id, p => p.Reinstate(r.On)))
            .Documented(Tag, "reinstateProvider", "Reinstate a suspended provider",
                "Only a suspended provider is reinstated; it returns to brokerage if nothing else bars it.", Problems);
        commissioner.MapPost("/exclusion", (Guid id, ProviderStatusRequest r, ContractsStore store) =>
                Change(store, id, p => p.Exclude(r.Reason, r.On)))
            .Documented(Tag, "excludeProvider", "Exclude the provider",
                "An excluded provider is out of brokerage for good, with the reason recorded; it cannot be excluded "
                + "twice.", Problems);
    }

    /// <summary>What a commissioner's change to a provider's record can be refused with.</summary>
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    private static async Task<Created<ProviderView>> Register(NewProvider r, ContractsStore store)
    {
        var provider = Provider.Register(r.Name, r.OdsCode, r.Sector, r.CqcLocationId);
        await store.AddUnique(provider, LookupKeys.Provider(provider.OdsCode), "odsCode",
            $"A provider with ODS code {provider.OdsCode}");
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/providers/{provider.Id}", ProviderView.Of(provider));
    }

    private static async Task<ProviderView> Change(ContractsStore store, Guid id, Action<Provider> operation) =>
        ProviderView.Of(await store.Change(id, operation));

    /// <summary>Records and publishes a rating; a framework reassessment then drops a failing member.</summary>
    private static async Task<ProviderView> RecordRating(Guid id, CqcRatingRequest r, ContractsStore store)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        var previous = provider.CqcRating;
        provider.RecordCqcRating(r.Rating, r.RatedOn);
        ContractsEvents.RatingRecorded(store, provider, previous);
        await store.SaveChangesAsync();
        return ProviderView.Of(provider);
    }

    /// <summary>Commissioners and brokers see every provider; a provider user only its own record.</summary>
    private static async Task<ProviderView> View(Guid id, ContractsStore store, HttpContext http)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        var caller = http.ContractsCaller();
        ContractsAccessPolicy.Demand(!caller.IsProvider || caller.IsProviderOf(provider.OdsCode), "id",
            "see another provider's record");
        return ProviderView.Of(provider);
    }

    private static async Task<ProviderView> DeclareCapacity(
        Guid id, CapacityRequest r, ContractsStore store, HttpContext http)
    {
        var provider = await store.Aggregates<Provider>().Get(id);
        ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanDeclareCapacity(http.ContractsCaller(), provider), "id",
            "declare another provider's capacity");
        provider.SetCapacity(MarketSegment.Of(r.ServiceType, r.Locality), r.Places);
        await store.SaveChangesAsync();
        return ProviderView.Of(provider);
    }
}
