using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;

namespace CarePackages.Api.Apis;

/// <summary>
/// Referrals through the council's single access point and assessments, carried out by council
/// staff or by a provider the Section 75 agreement delegates assessment to. A provider user works
/// only on the assessments its organisation carries out.
/// </summary>
public static class AssessmentsApi
{
    private static readonly DelegableFunction[] AssessmentFunctions =
        [DelegableFunction.CareAndSupportAssessment, DelegableFunction.CarersAssessment];

    public static void MapAssessmentsApi(this WebApplication app)
    {
        MapReferrals(app.MapGroup("/api/v1/referrals"));
        var assessment = app.MapGroup("/api/v1/assessments/{id:guid}");
        var tag = CarePackagesTags.Assessments;
        assessment.MapGet("/", Read).RequireAuthorization(CarePackagesPolicies.ReadsCaseRecords)
            .Documented(tag, "getAssessment", "Read an assessment",
                "Its findings, needs and outcome; a provider user reads only the assessments its organisation carries "
                + "out.", ReadProblems);
        assessment.MapPost("/wellbeing", (Guid id, WellbeingRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.RecordWellbeing(r.WellbeingArea, r.Finding)))
            .RequireAuthorization(CarePackagesPolicies.CarriesOutAssessments)
            .Documented(tag, "recordWellbeing", "Record a wellbeing finding",
                "What the assessment found in one wellbeing area, recorded by the organisation carrying it out.",
                ChangeProblems);
        assessment.MapPost("/needs", (Guid id, NeedRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.AddNeed(r.WellbeingArea, r.Description, r.Eligible)))
            .RequireAuthorization(CarePackagesPolicies.CarriesOutAssessments)
            .Documented(tag, "addNeed", "Add an assessed need",
                "A need in a wellbeing area and whether it meets the eligibility criteria.", ChangeProblems);
        assessment.MapPost("/completion", (Guid id, CompletionRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, a => a.Complete(r.CompletedOn, r.Strengths)))
            .RequireAuthorization(CarePackagesPolicies.CarriesOutAssessments)
            .Documented(tag, "completeAssessment", "Complete the assessment",
                "Completes it with the person's strengths; the outcome is eligible when any need is.", ChangeProblems);
    }

    private static void MapReferrals(RouteGroupBuilder referrals)
    {
        var tag = CarePackagesTags.Referrals;
        referrals.MapPost("/", Receive).RequireAuthorization(CarePackagesPolicies.HandlesReferrals)
            .Documented(tag, "receiveReferral", "Receive a referral",
                "A commissioner records a registered person's referral by the route it came in on; the cohort "
                + "(children or adults) follows from their age on the day.", ChangeProblems)
            .WithExample(CarePackagesExamples.NewReferral, CarePackagesExamples.Referral);
        referrals.MapGet("/{id:guid}", ReadReferral).RequireAuthorization(CarePackagesPolicies.ReadsCaseRecords)
            .Documented(tag, "getReferral", "Read a referral",
                "The referral, naming the person by reference; a provider user reads it only when the council's "
                + "Section 75 agreement delegates assessment to its organisation.", ReadProblems);
        referrals.MapPost("/{id:guid}/closure", async (Guid id, ReferralClosure r, CarePackagesStore store) =>
                ReferralView.Of(await store.Change<Referral>(id, referral => referral.Close(r.ClosedOn))))
            .RequireAuthorization(CarePackagesPolicies.HandlesReferrals)
            .Documented(tag, "closeReferral", "Close the referral", "An open referral closes on a day.",
                ChangeProblems);
        referrals.MapPost("/{id:guid}/transition", Transition)
            .RequireAuthorization(CarePackagesPolicies.HandlesReferrals)
            .Documented(tag, "transitionReferral", "Carry a child's referral into adult services",
                "A children's referral continues into adult services once the person is 18.", ChangeProblems);
        referrals.MapPost("/{id:guid}/assessments", Start)
            .RequireAuthorization(CarePackagesPolicies.CarriesOutAssessments)
            .Documented(tag, "startAssessment", "Start an assessment",
                "The caller's organisation assesses: the council itself, or a provider whose Section 75 delegation "
                + "covers assessment. With caredForId it is a carer's assessment.", ChangeProblems);
    }

    /// <summary>A provider reads the council's referrals only to assess them, under its delegation.</summary>
    private static async Task<ReferralView> ReadReferral(
        Guid id, HttpContext http, CarePackagesStore store, CarePackagesRules rules)
    {
        var referral = await store.Aggregates<Referral>().Get(id);
        var delegation = rules.DelegationTo(store.TenancyOf(referral), http.OrganisationCode());
        if (http.IsProvider() && delegation?.Functions.Overlaps(AssessmentFunctions) != true)
            throw AssessmentRules.DelegatedUnderSection75.Broken("referralId",
                "The council delegates no assessment to your organisation.");
        return ReferralView.Of(referral);
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
        referral.ContinueIntoAdultServices(await store.PersonOf(referral, referral.PersonReference), r.TransitionDate);
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
        var person = await store.PersonOf(referral, referral.PersonReference, "referralId");
        var actor = http.AsPractitioner();
        var assessor = new Assessor(actor.OrganisationId, actor.IsCouncil);
        var delegation = rules.DelegationTo(store.TenancyOf(referral), http.OrganisationCode());
        var assessment = r.CaredForId is { } caredForId
            ? Assessment.StartCarersAssessment(
                referral, person, await CaredFor(store, referral, caredForId), assessor, r.StartedOn, delegation)
            : Assessment.StartNeedsAssessment(referral, person, assessor, r.StartedOn, delegation);
        store.Aggregates<Assessment>().Add(assessment, LookupKeys.Of(referral.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", AssessmentView.Of(assessment));
    }

    /// <summary>The person cared for is of the referral's council: a provider of two cannot link theirs.</summary>
    private static async Task<Person> CaredFor(CarePackagesStore store, Referral referral, Guid id)
    {
        var caredFor = await store.Aggregates<Person>().Get(id, "caredForId");
        return store.TenancyOf(caredFor) == store.TenancyOf(referral)
            ? caredFor : throw RuleViolation.NotFound("caredForId", $"There is no person {id}.");
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
        => AssessmentView.Of(await store.Change<Assessment>(id, assessment =>
        {
            if (PlatformIds.Organisation(http.Caller().Organisation) != assessment.AssessorOrganisationId)
                throw CarePackagesApiRules.OwnOrganisationsRecords.Broken("assessmentId",
                    "Only the organisation carrying out the assessment records it.");
            operation(assessment);
        }));
}
