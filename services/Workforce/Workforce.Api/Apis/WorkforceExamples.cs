using Workforce.Domain.Employers;

namespace Workforce.Api.Apis;

/// <summary>
/// The documented examples, from A's transfer (A §1.15 L374-379): Wirral Council's three in-scope teams
/// and their total row, £5.19m, 123 staff, 110 FTE in post and 18 vacancies, 128 FTE in scope.
/// </summary>
public static class WorkforceExamples
{
    private static readonly Guid WirralId = Guid.Parse("0190f1a0-0000-7000-8000-00000000a001");

    public static NewEmployer NewEmployer { get; } = new("Wirral Council", EmployerKind.Council, "E08000015");

    public static EmployerView Employer { get; } =
        new(WirralId, NewEmployer.Name, EmployerKind.Council, NewEmployer.Code, EmploymentSector.LocalGovernment);

    public static EstablishmentTable WirralTable { get; } = new(
        [
            new("Community Mental Health Team", 3_090_000m, 70, 63m, 9m),
            new("Integrated Disability Service", 1_040_000m, 25, 23m, 4m),
            new("Children with Disability", 1_060_000m, 28, 24m, 5m),
        ],
        [new("Total", 5_190_000m, 123, 110m, 18m, 128m)]);

    public static EstablishmentView WirralEstablishment { get; } = new(
        Guid.Parse("0190f1a0-0000-7000-8000-00000000a002"), WirralId, "E08000015",
        WirralTable.Teams.Select((t, i) => new TeamView(Guid.Parse($"0190f1a0-0000-7000-8000-00000000a10{i}"),
            t.Name, t.StaffBudget, t.Headcount, t.FteInPost, t.VacantFte, t.FteInPost + t.VacantFte, null, []))
            .ToList(),
        new EstablishmentTotalsView(5_190_000m, 123, 110m, 18m, 128m, 0));
}
