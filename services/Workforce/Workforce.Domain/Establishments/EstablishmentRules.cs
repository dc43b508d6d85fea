using Commissioning.Domain;

namespace Workforce.Domain.Establishments;

/// <summary>The rules an employer's establishment, its teams' figures and its stated totals keep.</summary>
public static class EstablishmentRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule TeamsStatedOnce = new("teams-stated-once", Invalid,
        "An establishment has at least one team, each stated once.", "A §1.15 L375-379");
    public static readonly Rule TeamFiguresWellFormed = new("team-figures-well-formed", Invalid,
        "A team has a name, named functions, a staff budget in whole pence not below zero, and a headcount and "
        + "posts not below zero.", "A §1.15 L375");
    public static readonly Rule FteWithinHeadcount = new("fte-within-headcount", Invalid,
        "A team's FTE in post is no more than its staff can hold (70 people hold 63 FTE).", "A §1.15 L375");
    public static readonly Rule TotalRowEqualsItsTeams = new("total-row-equals-its-teams", Invalid,
        "A stated total row has a label, names only teams, and equals the sum of its teams.",
        "A §4.1 L790 (£5.19m, 123, 110, 18); R-WF-03");
    public static readonly Rule NoMoreLeaveThanItHolds = new("no-more-leave-than-it-holds", Invalid,
        "A transfer takes no more people from a team than it holds.", "A §4.1 L784-790");
}
