using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>
/// An employer's establishment: its teams with posts, FTE in post, vacancies, headcount and staff
/// budget (A §1.15 L374-379, §4.1 L786-790). Figures are stated whole and checked against any total
/// rows stated with them, so a table that does not add up is refused before anything changes.
/// </summary>
public sealed partial class Establishment : AggregateRoot
{
    private readonly List<Team> _teams = [];

    private Establishment() { }

    public Guid EmployerId { get; private set; }
    public string EmployerCode { get; private set; } = "";
    public IReadOnlyList<Team> Teams => _teams;

    public EstablishmentTotals Totals => EstablishmentTotals.Of(_teams.Select(t => t.Figures));

    /// <summary>States an employer's establishment from its table: its teams and the total rows stated.</summary>
    public static Establishment State(
        Employer employer, IReadOnlyList<TeamFigures> teams, IReadOnlyList<StatedTotalRow>? totals = null)
    {
        var establishment = Open(employer);
        establishment.Restate(teams, totals);
        return establishment;
    }

    /// <summary>An establishment with no teams yet: a transferee's, before staff transfer into it.</summary>
    public static Establishment Open(Employer employer) =>
        new() { EmployerId = employer.Id, EmployerCode = employer.Code };

    /// <summary>
    /// Replaces the teams' figures with a newly stated table; a team keeps its identity by its name, a
    /// team left out of the table leaves the establishment. Nothing changes when any rule is broken.
    /// </summary>
    public void Restate(IReadOnlyList<TeamFigures> teams, IReadOnlyList<StatedTotalRow>? totals = null)
    {
        var figures = Checked(teams, totals ?? []);
        var kept = figures.Select(f => (figures: f, team: Find(f.Name))).ToList();
        _teams.Clear();
        foreach (var (f, team) in kept)
        {
            if (team is null) _teams.Add(new Team(Guid.NewGuid(), f));
            else
            {
                team.Restate(f);
                _teams.Add(team);
            }
        }
    }

    public Team Team(Guid teamId) => _teams.FirstOrDefault(t => t.Id == teamId)
        ?? throw RuleViolation.NotFound("teamId", $"{teamId} is not a team of this establishment.");

    public Team? Find(string name) =>
        _teams.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static List<TeamFigures> Checked(IReadOnlyList<TeamFigures> teams, IReadOnlyList<StatedTotalRow> totals)
    {
        EstablishmentRules.TeamsStatedOnce.Require(teams.Count > 0, "teams", "An establishment has at least one team.");
        var figures = teams.Select((t, i) => t.Checked($"teams[{i}]")).ToList();
        var duplicate = figures.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        EstablishmentRules.TeamsStatedOnce.Require(duplicate is null, "teams",
            $"Team '{duplicate?.Key}' is stated twice.");
        for (var i = 0; i < totals.Count; i++) totals[i].Check(figures, $"totals[{i}]");
        return figures;
    }
}
