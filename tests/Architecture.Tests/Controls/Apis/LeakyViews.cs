using Commissioning.Domain;
using Workforce.Domain.Employers;

// An "Apis" namespace that hands out domain objects, for the API rule's control; the last records
// carry only what the rule allows (enums, structs of the domain, own views, plain values).
namespace Architecture.Tests.Controls.Apis;

public sealed record LeakyView(Guid Id, Employer Employer);

public sealed record LeakyListResponse(IReadOnlyList<Employer> Employers);

public sealed record LeakyArraySummary(Employer[] Employers);

public sealed record LeakyDictionaryRequest(IReadOnlyDictionary<string, List<Employer>> ByCode);

public sealed record LeakyErrorView(RuleViolation Violation);

public sealed record CleanView(Guid Id, EmploymentSector Sector, EmploymentSector? Previous, FinancialYear Year,
    IReadOnlyList<CleanLineView> Lines, decimal Amount);

public sealed record CleanLineView(string Code, DateOnly From);
