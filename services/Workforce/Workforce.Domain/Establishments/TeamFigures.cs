using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>
/// A team's stated figures as the establishment table gives them (A §1.15 L374-377): staff budget,
/// headcount ("Total Staff Employed"), FTE in post ("FTE Ratio"), vacancies (FTE) and, where the
/// document states them, established posts and functions.
/// </summary>
public sealed record TeamFigures(
    string Name,
    decimal StaffBudget,
    int Headcount,
    Fte FteInPost,
    Fte VacantFte,
    int? Posts = null,
    IReadOnlyList<string>? Functions = null)
{
    /// <summary>In-scope FTE = FTE in post + vacancies (A §1.15 L379: 110 + 18 = 128).</summary>
    public Fte InScopeFte => FteInPost + VacantFte;

    /// <summary>
    /// Rules TeamFiguresWellFormed and FteWithinHeadcount: a name; a budget in whole pence, not negative;
    /// a headcount not negative and at least the FTE in post, since one person holds at most one FTE
    /// (A: 70 people hold 63 FTE, L375).
    /// </summary>
    internal TeamFigures Checked(string field)
    {
        EstablishmentRules.TeamFiguresWellFormed.Require(!string.IsNullOrWhiteSpace(Name), $"{field}.name",
            "A team needs a name.");
        EstablishmentRules.TeamFiguresWellFormed.Require(StaffBudget >= 0, $"{field}.staffBudget",
            $"A staff budget cannot be negative ({StaffBudget}).");
        EstablishmentRules.TeamFiguresWellFormed.Require(Money.RoundPence(StaffBudget) == StaffBudget,
            $"{field}.staffBudget",
            $"{StaffBudget} has a fraction of a penny.");
        EstablishmentRules.TeamFiguresWellFormed.Require(Headcount >= 0, $"{field}.headcount",
            $"A headcount cannot be negative ({Headcount}).");
        EstablishmentRules.FteWithinHeadcount.Require(FteInPost.Hundredths <= Headcount * 100L, $"{field}.fteInPost",
            $"{FteInPost} FTE in post is more than its {Headcount} staff can hold.");
        EstablishmentRules.TeamFiguresWellFormed.Require(Posts is null or >= 0, $"{field}.posts",
            $"Posts cannot be negative ({Posts}).");
        var functions = (Functions ?? []).Select(f => f?.Trim() ?? "").ToArray();
        EstablishmentRules.TeamFiguresWellFormed.Require(functions.All(f => f.Length > 0), $"{field}.functions",
            "A function needs a name.");
        return this with { Name = Name.Trim(), Functions = functions };
    }
}
