using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;

namespace Workforce.Api.Apis;

/// <summary>A team's row of the establishment table: FTE to two decimal places, the budget in pounds and
/// pence.</summary>
public sealed record TeamRow(string Name, decimal StaffBudget, int Headcount, decimal FteInPost, decimal VacantFte,
    int? Posts = null, IReadOnlyList<string>? Functions = null)
{
    public TeamFigures ToFigures(string field) => new(Name, StaffBudget, Headcount,
        Fte.Of(FteInPost, $"{field}.fteInPost"), Fte.Of(VacantFte, $"{field}.vacantFte"), Posts, Functions);
}

/// <summary>A total row as the document states it, over the teams it names (every team when it names none).</summary>
public sealed record TotalRow(string Label, decimal? StaffBudget = null, int? Headcount = null,
    decimal? FteInPost = null, decimal? VacantFte = null, decimal? InScopeFte = null,
    IReadOnlyList<string>? TeamNames = null)
{
    public StatedTotalRow ToRow(string field) => new(Label, StaffBudget, Headcount,
        Optional(FteInPost, $"{field}.fteInPost"), Optional(VacantFte, $"{field}.vacantFte"),
        Optional(InScopeFte, $"{field}.inScopeFte"), TeamNames);

    private static Fte? Optional(decimal? value, string field) => value is { } v ? Fte.Of(v, field) : null;
}

/// <summary>An establishment table: its teams and any total rows stated with them, which must agree.</summary>
public sealed record EstablishmentTable(IReadOnlyList<TeamRow> Teams, IReadOnlyList<TotalRow>? Totals = null)
{
    public IReadOnlyList<TeamFigures> Figures() => Teams.Select((t, i) => t.ToFigures($"teams[{i}]")).ToList();

    public IReadOnlyList<StatedTotalRow> Rows() => (Totals ?? []).Select((t, i) => t.ToRow($"totals[{i}]")).ToList();
}

/// <summary>A team with its figures; in-scope FTE = FTE in post + vacancies (A §1.15 L379).</summary>
public sealed record TeamView(Guid Id, string Name, decimal StaffBudget, int Headcount, decimal FteInPost,
    decimal VacantFte, decimal InScopeFte, int? Posts, IReadOnlyList<string> Functions)
{
    public static TeamView Of(Team t) => new(t.Id, t.Name, t.Figures.StaffBudget, t.Figures.Headcount,
        t.Figures.FteInPost.Value, t.Figures.VacantFte.Value, t.InScopeFte.Value, t.Figures.Posts,
        t.Figures.Functions ?? []);
}

/// <summary>The sums of the teams (A §4.1 L790: £5.19m, 123 staff, 110 FTE, 18 vacancies; 128 in scope).</summary>
public sealed record EstablishmentTotalsView(decimal StaffBudget, int Headcount, decimal FteInPost, decimal VacantFte,
    decimal InScopeFte, int Posts)
{
    public static EstablishmentTotalsView Of(EstablishmentTotals t) =>
        new(t.StaffBudget, t.Headcount, t.FteInPost.Value, t.VacantFte.Value, t.InScopeFte.Value, t.Posts);
}

/// <summary>An employer's establishment: counts and costs only, which its commissioners read too.</summary>
public sealed record EstablishmentView(Guid Id, Guid EmployerId, string EmployerCode, IReadOnlyList<TeamView> Teams,
    EstablishmentTotalsView Totals)
{
    public static EstablishmentView Of(Establishment e) => new(e.Id, e.EmployerId, e.EmployerCode,
        e.Teams.Select(TeamView.Of).ToList(), EstablishmentTotalsView.Of(e.Totals));
}
