using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Establishments;

/// <summary>The sums of a set of teams' figures (A §4.1 L790: £5.19m, 123, 110, 18; in scope 128, L379).</summary>
public sealed record EstablishmentTotals(decimal StaffBudget, int Headcount, Fte FteInPost, Fte VacantFte, int Posts)
{
    public Fte InScopeFte => FteInPost + VacantFte;

    public static EstablishmentTotals Of(IEnumerable<TeamFigures> teams)
    {
        var list = teams.ToList();
        return new EstablishmentTotals(list.Sum(t => t.StaffBudget), list.Sum(t => t.Headcount),
            Fte.Sum(list.Select(t => t.FteInPost)), Fte.Sum(list.Select(t => t.VacantFte)),
            list.Sum(t => t.Posts ?? 0));
    }
}
