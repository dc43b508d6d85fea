using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

public sealed partial class Establishment
{
    /// <summary>
    /// Rule BudgetFollowsInScopeFte: takes a transfer's people and vacancies out of a team with the share
    /// of its staff budget their in-scope FTE bears (a whole team takes its whole budget, A §4.1 L784);
    /// leavers go without budget. A team left with nothing is removed. Returns the budget that moves.
    /// </summary>
    internal decimal Release(TeamMove move)
    {
        var (team, left, budget) = AfterRelease(move);
        if (left is { StaffBudget: 0, Headcount: 0 } && left.InScopeFte == Fte.Zero) _teams.Remove(team);
        else team.Restate(left);
        return budget;
    }

    /// <summary>Checks, changing nothing, that the team can give up what the move takes.</summary>
    internal void RequireReleasable(TeamMove move) => AfterRelease(move);

    private (Team Team, TeamFigures Left, decimal Budget) AfterRelease(TeamMove move)
    {
        var team = Find(move.TeamName)
            ?? throw RuleViolation.NotFound("teamName", $"'{move.TeamName}' is not a team of {EmployerCode}.");
        var f = team.Figures;
        var budget = f.InScopeFte.Hundredths == 0 ? 0m
            : Money.RoundPence(f.StaffBudget * move.InScopeFte.Hundredths / f.InScopeFte.Hundredths);
        var left = f with
        {
            StaffBudget = f.StaffBudget - budget,
            Headcount = f.Headcount - move.Headcount - move.LeaverHeadcount,
            FteInPost = f.FteInPost.Less(move.FteInPost + move.LeaverFte, "fteInPost"),
            VacantFte = f.VacantFte.Less(move.VacantFte, "vacantFte"),
        };
        EstablishmentRules.NoMoreLeaveThanItHolds.Require(left.Headcount >= 0, "headcount",
            $"More people leave '{f.Name}' than it holds.");
        return (team, left, budget);
    }

    /// <summary>Takes transferred people and vacancies into the team of the same name, opening it if needed.</summary>
    internal Team Receive(TeamMove move, decimal budget)
    {
        var arriving = new TeamFigures(move.TeamName, budget, move.Headcount, move.FteInPost, move.VacantFte);
        if (Find(move.TeamName) is not { } team)
        {
            team = new Team(Guid.NewGuid(), arriving.Checked("team"));
            _teams.Add(team);
            return team;
        }
        var f = team.Figures;
        team.Restate((f with
        {
            StaffBudget = f.StaffBudget + budget,
            Headcount = f.Headcount + move.Headcount,
            FteInPost = f.FteInPost + move.FteInPost,
            VacantFte = f.VacantFte + move.VacantFte,
        }).Checked("team"));
        return team;
    }
}
