using Commissioning.Identity;
using Contracts.Api.Infrastructure;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

public sealed record NewDueDiligence(DateOnly StartedOn);
public sealed record AreaAssessmentRequest(
    DueDiligenceArea Area, EvaluationFunction Function, string Assessor, AreaOutcome Outcome, DateOnly AssessedOn, string? Notes = null);
public sealed record SignOffRequest(string SignedOffBy, string SignatoryRole, DateOnly SignedOffOn);

/// <summary>
/// Due diligence before award (P:L805-817): started on a provider, each of the nine areas assessed
/// by its function, then signed off by a named officer. Commissioning staff only; the provider
/// does not see the evaluation team's findings.
/// </summary>
public static class DueDiligenceApi
{
    public static void MapDueDiligenceApi(this WebApplication app)
    {
        var commissioners = app.MapGroup("/api/v1").WithTags("Due diligence").RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        commissioners.MapPost("/providers/{providerId:guid}/due-diligence", Start);
        commissioners.MapGet("/providers/{providerId:guid}/due-diligence", async (Guid providerId, ContractsStore store) =>
            await store.Aggregates<DueDiligenceAssessment>().List(LookupKeys.Of(providerId)));
        commissioners.MapGet("/due-diligence/{id:guid}", async (Guid id, ContractsStore store) =>
            await store.Aggregates<DueDiligenceAssessment>().Get(id));
        commissioners.MapPost("/due-diligence/{id:guid}/assessments", (Guid id, AreaAssessmentRequest r, ContractsStore store) =>
            store.Change<DueDiligenceAssessment>(id, d => d.Assess(r.Area, r.Function, r.Assessor, r.Outcome, r.AssessedOn, r.Notes)));
        commissioners.MapPost("/due-diligence/{id:guid}/sign-off", (Guid id, SignOffRequest r, ContractsStore store) =>
            store.Change<DueDiligenceAssessment>(id, d => d.SignOff(r.SignedOffBy, r.SignatoryRole, r.SignedOffOn)));
    }

    private static async Task<IResult> Start(Guid providerId, NewDueDiligence r, ContractsStore store)
    {
        var provider = await store.Aggregates<Provider>().Get(providerId, "providerId");
        var assessment = DueDiligenceAssessment.Start(provider.Id, r.StartedOn);
        store.Aggregates<DueDiligenceAssessment>().Add(assessment, LookupKeys.Of(provider.Id));
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/due-diligence/{assessment.Id}", assessment);
    }
}
