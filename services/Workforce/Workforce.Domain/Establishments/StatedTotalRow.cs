using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>
/// A total row as a document states it, over the teams it names (every team when it names none).
/// Each figure it states must equal the sum of its teams (A R-WF-03: 63+23+24 = 110, 9+4+5 = 18);
/// a figure it leaves out is not checked.
/// </summary>
public sealed record StatedTotalRow(
    string Label,
    decimal? StaffBudget = null,
    int? Headcount = null,
    Fte? FteInPost = null,
    Fte? VacantFte = null,
    Fte? InScopeFte = null,
    IReadOnlyList<string>? TeamNames = null)
{
    /// <summary>
    /// Rule TotalRowEqualsItsTeams: refuses the row, naming it and its first wrong figure, when a stated
    /// figure differs from the sum of its teams; the message lists every figure that differs.
    /// </summary>
    internal void Check(IReadOnlyList<TeamFigures> teams, string field)
    {
        EstablishmentRules.TotalRowEqualsItsTeams.Require(!string.IsNullOrWhiteSpace(Label), $"{field}.label",
            "A total row needs its label.");
        var covered = Covered(teams, field);
        var sums = EstablishmentTotals.Of(covered);
        var wrong = new List<(string Figure, string Stated, string Sum)>();
        Compare(wrong, "staffBudget", StaffBudget, sums.StaffBudget);
        Compare(wrong, "headcount", Headcount, sums.Headcount);
        Compare(wrong, "fteInPost", FteInPost, sums.FteInPost);
        Compare(wrong, "vacantFte", VacantFte, sums.VacantFte);
        Compare(wrong, "inScopeFte", InScopeFte, sums.InScopeFte);
        if (wrong.Count == 0) return;
        var detail = string.Join("; ", wrong.Select(w => $"{w.Figure} states {w.Stated}, its teams sum to {w.Sum}"));
        throw EstablishmentRules.TotalRowEqualsItsTeams.Broken($"{field}.{wrong[0].Figure}",
            $"The '{Label.Trim()}' row disagrees with its teams: {detail}.");
    }

    private List<TeamFigures> Covered(IReadOnlyList<TeamFigures> teams, string field)
    {
        if (TeamNames is not { Count: > 0 } names) return teams.ToList();
        var unknown = names.FirstOrDefault(n => !teams.Any(t => SameName(t, n)));
        EstablishmentRules.TotalRowEqualsItsTeams.Require(unknown is null, $"{field}.teamNames",
            $"The '{Label}' row names '{unknown}', which is not a team.");
        return teams.Where(t => names.Any(n => SameName(t, n))).ToList();
    }

    private static bool SameName(TeamFigures team, string? name) =>
        string.Equals(team.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Compare<T>(List<(string, string, string)> wrong, string figure, T? stated, T sum)
        where T : struct
    {
        if (stated is { } value && !EqualityComparer<T>.Default.Equals(value, sum))
            wrong.Add((figure, $"{value}", $"{sum}"));
    }
}
