using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePackages.Api.Apis;

/// <summary>
/// Referrals through the council's single access point and assessments, carried out by council
/// staff or by a provider the Section 75 agreement delegates assessment to. A provider user works
/// only on the assessments its organisation carries out.
/// </summary>
public static class AssessmentsApi
{
    private static readonly string[] Practitioners = [Roles.Commissioner, Roles.ProviderUser];
    private static readonly string[] Readers =
        [Roles.Commissioner, Roles.ProviderUser, Roles.Verifier, Roles.SeniorVerifier, Roles.Broker];

    public static void MapAssessmentsApi(this WebApplication app)
    {
        var referrals = app.MapGroup("/api/v1/referrals").WithTags("Referrals");
        referrals.MapPost("/", Receive).RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        referrals.MapGet("/{id:guid}", async (Guid id, CarePackagesStore store) =>
                ReferralView.Of(await store.Aggregates<Referral>().Get(id)))
            .RequireAuthorization(p => p.RequireRole(Readers));
        referrals.MapPost("/{id:guid}/closure", async (Guid id, ReferralClosure r, CarePackagesStore store) =>
                ReferralView.Of(await store.Change<Referral>(id, referral => referral.Close(r.ClosedOn))))
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        referrals.MapPost("/{id:guid}/transition", Transition)
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        referrals.MapPost("/{id:guid}/assessments", Start).RequireAuthorization(p => p.RequireRole(Practitioners));

        var assessment = app.MapGroup("/api/v1/assessments/{id:guid}").WithTags("Assessments");
        assessment.MapGet("/", Read).RequireAuthorization(p => p.RequireRole(Readers));
        assessment.MapPost("/wellbeing", (Guid id, WellbeingRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.RecordWellbeing(r.WellbeingArea, r.Finding)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        assessment.MapPost("/needs", (Guid id, NeedRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.AddNeed(r.WellbeingArea, r.Description, r.Eligible)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        assessment.MapPost("/completion", (Guid id, CompletionRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.Complete(r.CompletedOn, r.Strengths)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
    }

    private static async Task<Created<ReferralView>> Receive(NewReferral r, CarePackagesStore store)
    {
        var person = await store.Aggregates<Person>().Get(r.PersonId, "personId");
        var referral = Referral.Receive(person, r.RouteOfAccess, r.ReceivedOn);
        store.Aggregates<Referral>().Add(referral, LookupKeys.OfPerson(person.Reference));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/referrals/{referral.Id}", ReferralView.Of(referral));
    }

    private static async Task<ReferralView> Transition(Guid id, TransitionRequest r, CarePackagesStore store)
    {
        var referral = await store.Aggregates<Referral>().Get(id);
        referral.ContinueIntoAdultServices(await store.ByReference(referral.PersonReference), r.TransitionDate);
        await store.SaveChangesAsync();
        return ReferralView.Of(referral);
    }

    /// <summary>
    /// The assessor is the caller's organisation: the council itself, or a provider under its delegation.
    /// </summary>
    private static async Task<Created<AssessmentView>> Start(
        Guid id, NewAssessment r, HttpContext http, CarePackagesStore store, CarePackagesRules rules)
    {
        var referral = await store.Aggregates<Referral>().Get(id, "referralId");
        var person = await store.ByReference(referral.PersonReference, "referralId");
        var actor = http.AsPractitioner();
        var assessor = new Assessor(actor.OrganisationId, actor.IsCouncil);
        var delegation = rules.DelegationTo(http.OrganisationCode());
        var assessment = r.CaredForId is { } caredForId
            ? Assessment.StartCarersAssessment(referral, person,
                await store.Aggregates<Person>().Get(caredForId, "caredForId"), assessor, r.StartedOn, delegation)
            : Assessment.StartNeedsAssessment(referral, person, assessor, r.StartedOn, delegation);
        store.Aggregates<Assessment>().Add(assessment, LookupKeys.Of(referral.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", AssessmentView.Of(assessment));
    }

    private static async Task<AssessmentView> Read(Guid id, HttpContext http, CarePackagesStore store)
    {
        var assessment = await store.Aggregates<Assessment>().Get(id);
        http.DemandOwn(assessment.AssessorOrganisationId, "assessmentId", "assessment");
        return AssessmentView.Of(assessment);
    }

    /// <summary>Only the organisation carrying out an assessment records it.</summary>
    private static async Task<AssessmentView> Change(
        HttpContext http, CarePackagesStore store, Guid id, Action<Assessment> operation)
    {
        var assessment = await store.Aggregates<Assessment>().Get(id);
        if (PlatformIds.Organisation(http.Caller().Organisation) != assessment.AssessorOrganisationId)
            throw RuleViolation.Forbidden("assessmentId",
                "Only the organisation carrying out the assessment records it.");
        operation(assessment);
        await store.SaveChangesAsync();
        return AssessmentView.Of(assessment);
    }
}
