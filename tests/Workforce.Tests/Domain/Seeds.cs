using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;

namespace Workforce.Tests.Domain;

/// <summary>The documents' employers and figures, built fresh for each test.</summary>
internal static class Seeds
{
    public static decimal Millions(decimal m) => m * 1_000_000m;

    public static Fte F(decimal value) => Fte.Of(value, "fte");

    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolation>(act);
}

/// <summary>
/// A: Wirral Council's three in-scope teams, transferring to CWP on 1 April 2018
/// (A §1.15 L374-379, §4.1 L786-790).
/// </summary>
internal sealed class AllAge
{
    public Employer Council { get; } = Employer.Register("Wirral Council", EmployerKind.Council, "E08000015");
    public Employer Cwp { get; } =
        Employer.Register("Cheshire and Wirral Partnership NHS Foundation Trust", EmployerKind.NhsBody, "RXA");

    public static TeamFigures MentalHealth => new("Community Mental Health Service (Adults)",
        Seeds.Millions(3.09m), 70, Seeds.F(63), Seeds.F(9)); // A §1.15 L375
    public static TeamFigures Disability => new("Integrated Disability Service (Adults)",
        Seeds.Millions(1.04m), 25, Seeds.F(23), Seeds.F(4)); // A §1.15 L376
    public static TeamFigures Children => new("Children with Disability Services",
        Seeds.Millions(1.06m), 28, Seeds.F(24), Seeds.F(5)); // A §1.15 L377

    public static IReadOnlyList<TeamFigures> Teams => [MentalHealth, Disability, Children];

    /// <summary>The table's own total row (A §4.1 L790) and the in-scope statement (A §1.15 L379).</summary>
    public static StatedTotalRow TotalRow => new("Total", Seeds.Millions(5.19m), 123, Seeds.F(110), Seeds.F(18),
        Seeds.F(128));

    public Establishment Establishment() =>
        Workforce.Domain.Establishments.Establishment.State(Council, Teams, [TotalRow]);
}
