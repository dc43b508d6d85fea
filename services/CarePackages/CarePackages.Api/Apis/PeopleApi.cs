using CarePackages.Api.Infrastructure;
using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;

namespace CarePackages.Api.Apis;

public sealed record NewPerson(string NhsNumber, string GivenName, string FamilyName, DateOnly DateOfBirth);
public sealed record CaringRequest(Guid CaredForId, DateOnly Since);
public sealed record CaringEndRequest(DateOnly Until);

/// <summary>
/// People and their identity, which never leaves this service. Council staff register and read them;
/// provider users never see a person's identity, only the pseudonymous reference on the records they work on.
/// </summary>
public static class PeopleApi
{
    /// <summary>Council staff who need to know who the person is: intake, assessment and verification.</summary>
    public static readonly string[] IdentityReaders = [Roles.Commissioner, Roles.Verifier, Roles.SeniorVerifier];

    public static void MapPeopleApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/people").WithTags("People").RequireAuthorization(p => p.RequireRole(IdentityReaders));
        api.MapPost("/", Register).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapGet("/", Find);
        api.MapGet("/{id:guid}", async (Guid id, CarePackagesStore store) => await store.Aggregates<Person>().Get(id));
        api.MapPost("/{id:guid}/cares-for", StartCaring).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        api.MapPost("/{id:guid}/cares-for/{caredForId:guid}/end", (Guid id, Guid caredForId, CaringEndRequest r, CarePackagesStore store) =>
            store.Change<Person>(id, p => p.StopCaringFor(caredForId, r.Until))).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
    }

    /// <summary>One person per NHS number: the reference is derived from it, and the store keeps references unique.</summary>
    private static async Task<IResult> Register(NewPerson r, CarePackagesStore store, CarePackagesRules rules, TimeProvider clock)
    {
        var person = Person.Register(r.NhsNumber, r.GivenName, r.FamilyName, r.DateOfBirth, Today(clock), rules.PseudonymKey);
        var duplicate = RuleViolation.AlreadyExists("nhsNumber", "A person with this NHS number is already registered.");
        if ((await store.Aggregates<Person>().List(LookupKeys.Person(person.Reference))).Count > 0) throw duplicate;
        store.Aggregates<Person>().Add(person, LookupKeys.Person(person.Reference));
        // The unique index catches two registrations racing past the look-up.
        try { await store.SaveChangesAsync(); }
        catch (DbUpdateException) { throw duplicate; }
        return Results.Created($"/api/v1/people/{person.Id}", person);
    }

    /// <summary>Finds a person by NHS number (the usual way intake looks someone up): the number is turned into its reference.</summary>
    private static async Task<IReadOnlyList<Person>> Find(string nhsNumber, CarePackagesStore store, CarePackagesRules rules) =>
        await store.Aggregates<Person>().List(LookupKeys.Person(PersonReference.Derive(NhsNumber.Parse(nhsNumber), rules.PseudonymKey).Value));

    private static async Task<Person> StartCaring(Guid id, CaringRequest r, CarePackagesStore store)
    {
        var carer = await store.Aggregates<Person>().Get(id);
        var caredFor = await store.Aggregates<Person>().Get(r.CaredForId, "caredForId");
        carer.StartCaringFor(caredFor, r.Since);
        await store.SaveChangesAsync();
        return carer;
    }

    /// <summary>The person with this reference: records elsewhere in the service name people only so.</summary>
    public static async Task<Person> ByReference(this CarePackagesStore store, string reference, string field = "personReference") =>
        (await store.Aggregates<Person>().List(LookupKeys.Person(reference))).SingleOrDefault()
        ?? throw RuleViolation.NotFound(field, "No person has this reference.");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
