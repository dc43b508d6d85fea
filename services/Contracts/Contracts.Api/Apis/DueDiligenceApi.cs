using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Contracts.Api.Infrastructure;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Providers;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Contracts.Api.Apis;

public sealed record NewDueDiligence(DateOnly StartedOn);
public sealed record AreaAssessmentRequest(
    DueDiligenceArea Area, EvaluationFunction Function, string Assessor, AreaOutcome Outcome, DateOnly AssessedOn,
    string? Notes = null);
public sealed record SignOffRequest(string SignedOffBy, string SignatoryRole, DateOnly SignedOffOn);

/// <summary>
/// Due diligence before award (P:L805-817): started on a provider, each of the nine areas assessed
/// by its function, then signed off by a named officer. Commissioning staff only; the provider
/// does not see the evaluation team's findings.
/// </summary>
public static class DueDiligenceApi
{
    private static readonly PartnerTag Tag = ContractsTags.DueDiligence;

    public static void MapDueDiligenceApi(this WebApplication app)
    {
        var commissioners = app.MapGroup("/api/v1").RequireAuthorization(ContractsPolicies.ChecksDueDiligence);
        commissioners.MapPost("/providers/{providerId:guid}/due-diligence", Start)
            .Documented(Tag, "startDueDiligence", "Start due diligence on a provider",
                "A commissioner opens the nine-area assessment an award rests on.",
                Status400BadRequest, Status404NotFound);
        commissioners.MapGet("/providers/{providerId:guid}/due-diligence", async (Guid providerId,
                ContractsStore store) =>
                (await store.Aggregates<DueDiligenceAssessment>().List(LookupKeys.Of(providerId)))
                    .Select(DueDiligenceView.Of).ToList())
            .Documented(Tag, "listProviderDueDiligence", "List a provider's due diligence",
                "Every due diligence started on the provider, signed off or not.");
        commissioners.MapGet("/due-diligence/{id:guid}", async (Guid id, ContractsStore store) =>
                DueDiligenceView.Of(await store.Aggregates<DueDiligenceAssessment>().Get(id)))
            .Documented(Tag, "getDueDiligence", "Read a due diligence",
                "The areas assessed, those outstanding, and the sign-off.", Status404NotFound);
        commissioners.MapPost("/due-diligence/{id:guid}/assessments", (Guid id, AreaAssessmentRequest r,
                ContractsStore store) =>
                Change(store, id, d => d.Assess(r.Area, r.Function, r.Assessor, r.Outcome, r.AssessedOn, r.Notes)))
            .Documented(Tag, "assessDueDiligenceArea", "Assess one area",
                "Each area is assessed by the function that owns it (403 for another function), not before due "
                + "diligence started and not after sign-off.",
                Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
        commissioners.MapPost("/due-diligence/{id:guid}/sign-off", (Guid id, SignOffRequest r, ContractsStore store,
                HttpContext http, DueDiligenceSignatories signatories) => Change(store, id, d => d.SignOff(
                    r.SignedOffBy, r.SignatoryRole, r.SignedOffOn,
                    signatories.For(http.ContractsCaller().OrganisationCode, "signatoryRole"))))
            .Documented(Tag, "signOffDueDiligence", "Sign off due diligence",
                "The post the caller's council names in its configuration (P:L817: the Strategic Director for People) "
                + "signs off once every area is satisfactory, no earlier than the last assessment; anyone else is "
                + "refused (403); once only (409).",
                Status400BadRequest, Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
    }

    private static async Task<Created<DueDiligenceView>> Start(Guid providerId, NewDueDiligence r, ContractsStore store)
    {
        var provider = await store.Aggregates<Provider>().Get(providerId, "providerId");
        var assessment = DueDiligenceAssessment.Start(provider.Id, r.StartedOn);
        store.Aggregates<DueDiligenceAssessment>().Add(assessment, LookupKeys.Of(provider.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/due-diligence/{assessment.Id}", DueDiligenceView.Of(assessment));
    }

    private static async Task<DueDiligenceView> Change(
        ContractsStore store, Guid id, Action<DueDiligenceAssessment> operation) =>
        DueDiligenceView.Of(await store.Change(id, operation));
}
