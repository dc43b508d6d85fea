using Commissioning.Persistence;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.People;
using CarePackages.Domain.Safeguarding;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;

namespace CarePackages.Api.Apis;

/// <summary>
/// A concern about a person. The provider delivering their support (by code) and whether the agreement
/// delegates adult investigation to it are given by the reporter for now; a child's concern goes to the
/// council whatever they say.
/// </summary>
public sealed record NewConcern(Guid PersonId, string Summary, DateOnly RaisedOn,
    string? DeliveringProviderCode = null, bool InvestigationDelegated = false);
/// <summary>The outcome the investigating provider proposes to the council.</summary>
public sealed record OutcomeRequest(string Outcome);
/// <summary>The day the council closes the case.</summary>
public sealed record ConcernClosure(DateOnly ClosedOn);

/// <summary>
/// Safeguarding concerns routed to the right worklist: child protection always to the council (the
/// commissioner acts as the council's safeguarding manager), adult investigation to a provider only
/// under delegation, and only the council closes a case. Anyone working with the person may raise a
/// concern; provider staff raise it by the person's id without ever reading their identity.
/// </summary>
public static class SafeguardingApi
{
    private static readonly PartnerTag Tag = CarePackagesTags.Safeguarding;

    public static void MapSafeguardingApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/safeguarding-concerns");
        api.MapPost("/", Report).RequireAuthorization(CarePackagesPolicies.ReportsConcerns)
            .Documented(Tag, "reportConcern", "Raise a safeguarding concern",
                "Anyone working with the person raises it by the person's id; a child's concern goes to the "
                + "council's child protection worklist whatever else is said, an adult's to a provider only under "
                + "delegated investigation. The answer names the person by reference only.", ChangeProblems);
        api.MapGet("/", Worklist).RequireAuthorization(CarePackagesPolicies.WorksConcerns)
            .Documented(Tag, "listSafeguardingWorklist", "List the caller's safeguarding worklist",
                "The open concerns on it: the council's safeguarding manager sees the council's worklists, a provider "
                + "user the concerns its organisation investigates. Paged in the store: limit (1 to 500, 100 unless "
                + "asked) of the council's concerns from offset, oldest change first.",
                StatusCodes.Status400BadRequest);
        api.MapPost("/{id:guid}/proposed-outcome", (Guid id, OutcomeRequest r, HttpContext http,
                    CarePackagesStore store) =>
                Change(store, id, c => c.ProposeOutcome(http.AsSafeguarding(), r.Outcome)))
            .RequireAuthorization(CarePackagesPolicies.ProposesOutcomes)
            .Documented(Tag, "proposeConcernOutcome", "Propose the investigation's outcome",
                "The investigating provider proposes it for the council's scrutiny.", ChangeProblems);
        api.MapPost("/{id:guid}/closure", (Guid id, ConcernClosure r, HttpContext http, CarePackagesStore store) =>
                Change(store, id, c => c.Close(http.AsSafeguarding(), r.ClosedOn)))
            .RequireAuthorization(CarePackagesPolicies.ClosesConcerns)
            .Documented(Tag, "closeConcern", "Close the case",
                "Only the council's safeguarding manager closes a case, after scrutiny of any proposed outcome "
                + "(P:L833-835).", ChangeProblems);
    }

    /// <summary>
    /// The answer names the worklist and the person's reference only: a provider reporter learns no
    /// identity from it.
    /// </summary>
    private static async Task<Created<SafeguardingConcernView>> Report(
        NewConcern r, HttpContext http, CarePackagesStore store)
    {
        var person = await store.Aggregates<Person>().Get(r.PersonId, "personId");
        var provider = r.DeliveringProviderCode is { } code
            ? await store.Remember(code, tenancy: store.TenancyOf(person)) : (Guid?)null;
        var concern = SafeguardingConcern.Report(
            person, http.AsSafeguarding(), r.Summary, r.RaisedOn, provider, r.InvestigationDelegated);
        store.Aggregates<SafeguardingConcern>().Add(concern, LookupKeys.OfPerson(person.Reference));
        await store.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/safeguarding-concerns/{concern.Id}", SafeguardingConcernView.Of(concern));
    }

    private static async Task<IReadOnlyList<SafeguardingConcernView>> Worklist(
        int? offset, int? limit, HttpContext http, CarePackagesStore store)
    {
        var (skip, take) = ListPage.Of(offset, limit);
        var actor = http.AsSafeguarding();
        return (await store.Aggregates<SafeguardingConcern>().PageWhere(c => c.IsOpenOnWorklistOf(actor), skip, take))
            .Select(SafeguardingConcernView.Of).ToList();
    }

    private static async Task<SafeguardingConcernView> Change(
        CarePackagesStore store, Guid id, Action<SafeguardingConcern> step) =>
        SafeguardingConcernView.Of(await store.Change(id, step));
}
