using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;

namespace Workforce.Api.Infrastructure;

/// <summary>Finding an employer's records in the store, within the caller's tenancy (REST and gRPC alike).</summary>
public static class EmployerRecords
{
    /// <summary>The employer a code names (its lookup key), or a 404 naming <paramref name="field"/>.</summary>
    public static async Task<Employer> EmployerByCode(this WorkforceStore store, string? code, string field)
    {
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        WorkforceRules.EmployerCodeByKind.Require(normalised.Length > 0, field, "The employer's code is required.");
        return (await store.Aggregates<Employer>().List(normalised)).SingleOrDefault()
            ?? throw RuleViolation.NotFound(field, $"There is no employer {normalised}.");
    }

    /// <summary>The employer's establishment; 404 naming the employer when none is stated yet.</summary>
    public static async Task<Establishment> EstablishmentOf(this WorkforceStore store, Guid employerId,
        string field = "id") =>
        await store.FindEstablishment(employerId, field)
        ?? throw RuleViolation.NotFound(field, $"Employer {employerId} has no establishment stated.");

    public static async Task<Establishment?> FindEstablishment(this WorkforceStore store, Guid employerId,
        string field = "id")
    {
        await store.Aggregates<Employer>().Get(employerId, field);
        return (await store.Aggregates<Establishment>().List(employerId.ToString())).SingleOrDefault();
    }
}
