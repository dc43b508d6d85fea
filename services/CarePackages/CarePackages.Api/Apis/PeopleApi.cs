using CarePackages.Api.Infrastructure;
using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static CarePackages.Api.Apis.CarePackagesOperations;
using static Microsoft.AspNetCore.Http.StatusCodes;
using Commissioning.ServiceDefaults;

namespace CarePackages.Api.Apis;

/// <summary>
/// People and their identity, which never leaves this service. Council staff register and read them;
/// provider users never see a person's identity, only the pseudonymous reference on the records they work on.
/// </summary>
public static class PeopleApi
{
    /// <summary>Council staff who need to know who the person is: intake, assessment and verification.</summary>
    private static readonly PartnerTag Tag = CarePackagesTags.People;

    public static void MapPeopleApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/people").RequireAuthorization(CarePackagesPolicies.ReadsIdentities);
        api.MapPost("/", Register).RequireAuthorization(CarePackagesPolicies.RegistersPeople)
            .Documented(Tag, "registerPerson", "Register a person",
                "A commissioner registers a person once per NHS number (checked by its modulus 11 digit); the "
                + "pseudonymous reference every other record names them by is derived from it.",
                Status400BadRequest, Status409Conflict)
            .WithExample(CarePackagesExamples.NewPerson, CarePackagesExamples.Person);
        api.MapGet("/", Find)
            .Documented(Tag, "findPeople", "Find a person by NHS number",
                "Council staff who need to know who the person is (intake, assessment, verification) look them up "
                + "by NHS number: none or one person.", Status400BadRequest);
        api.MapGet("/{id:guid}", async (Guid id, CarePackagesStore store) =>
                PersonView.Of(await store.Aggregates<Person>().Get(id)))
            .Documented(Tag, "getPerson", "Read a person",
                "Their identity, reference and the people they care for, for council staff only.", ReadProblems);
        api.MapPost("/{id:guid}/cares-for", StartCaring).RequireAuthorization(CarePackagesPolicies.RegistersPeople)
            .Documented(Tag, "startCaring", "Record that the person cares for another",
                "A carer's assessment is of a person who cares for another registered person, from a date; the "
                + "same relationship is recorded once.", [.. ChangeProblems, Status409Conflict]);
        api.MapPost("/{id:guid}/cares-for/{caredForId:guid}/end",
                async (Guid id, Guid caredForId, CaringEndRequest r, CarePackagesStore store) =>
                    PersonView.Of(await store.Change<Person>(id, p => p.StopCaringFor(caredForId, r.Until))))
            .RequireAuthorization(CarePackagesPolicies.RegistersPeople)
            .Documented(Tag, "endCaring", "Record that the caring ended",
                "The last day the person cared for the other, no earlier than the day it started.", ChangeProblems);
    }

    /// <summary>
    /// One person per NHS number: the reference is derived from it, and the store keeps references unique.
    /// </summary>
    private static async Task<Created<PersonView>> Register(
        NewPerson r, CarePackagesStore store, CarePackagesRules rules, TimeProvider clock)
    {
        var person = Person.Register(
            r.NhsNumber, r.GivenName, r.FamilyName, r.DateOfBirth, clock.LondonToday(), rules.PseudonymKey);
        var duplicate =
            PeopleRules.PersonNhsNumberOnce.Broken("nhsNumber", "A person with this NHS number is already registered.");
        if ((await store.Aggregates<Person>().List(LookupKeys.Person(person.Reference))).Count > 0) throw duplicate;
        store.Aggregates<Person>().Add(person, LookupKeys.Person(person.Reference));
        // The unique index catches two registrations racing past the look-up.
        try { await store.SaveChangesAsync(); }
        catch (DbUpdateException) { throw duplicate; }
        return TypedResults.Created($"/api/v1/people/{person.Id}", PersonView.Of(person));
    }

    /// <summary>
    /// Finds a person by NHS number (the usual way intake looks someone up): the number is turned into
    /// its reference.
    /// </summary>
    private static async Task<IReadOnlyList<PersonView>> Find(
        string nhsNumber, CarePackagesStore store, CarePackagesRules rules)
    {
        var reference = PersonReference.Derive(NhsNumber.Parse(nhsNumber), rules.PseudonymKey).Value;
        return (await store.Aggregates<Person>().List(LookupKeys.Person(reference))).Select(PersonView.Of).ToList();
    }

    private static async Task<PersonView> StartCaring(Guid id, CaringRequest r, CarePackagesStore store)
    {
        var carer = await store.Aggregates<Person>().Get(id);
        var caredFor = await store.Aggregates<Person>().Get(r.CaredForId, "caredForId");
        carer.StartCaringFor(caredFor, r.Since);
        await store.SaveChangesAsync();
        return PersonView.Of(carer);
    }

    /// <summary>
    /// The person <paramref name="record"/> names by reference (records elsewhere in the service name people only
    /// so), of the record's council: two councils may each hold the same person, and a provider sees both.
    /// </summary>
    public static async Task<Person> PersonOf(
        this CarePackagesStore store, AggregateRoot record, string reference, string field = "personReference") =>
        (await store.Aggregates<Person>().List(LookupKeys.Person(reference)))
        .SingleOrDefault(p => store.TenancyOf(p) == store.TenancyOf(record))
        ?? throw RuleViolation.NotFound(field, "No person has this reference.");

}
