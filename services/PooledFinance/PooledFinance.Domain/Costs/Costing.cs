using Commissioning.Domain;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Costs;

/// <summary>
/// A role on a costing's rate card: its hourly unit cost and weekly hours (A §4.2 L794-798: Senior Business
/// Designer £41.88, Project Manager £40.95, Programme Manager £48.32, 36 weekly hours).
/// </summary>
public sealed record RateCardRole(string Role, decimal HourlyRate, decimal WeeklyHours)
{
    /// <summary>Decision (A is silent): a day is a fifth of the weekly hours, 36 / 5 = 7.2 hours.</summary>
    public decimal DailyHours => WeeklyHours / 5m;
}

/// <summary>
/// One line of a costing as its paper states it: the item, the role, the grade code if any (W:649-651), the
/// weeks or days, and the stated total (none on W:646's "Director Of Service").
/// </summary>
public sealed record CostingLine(string Item, string Role, string? Grade, decimal? Weeks, decimal? Days,
    decimal? StatedTotal);

/// <summary>A line's stated figure against the one computed from the rate card (null where none can be).</summary>
public sealed record CostingLineCheck(int Index, CostingLine Line, decimal? Computed, decimal? Discrepancy);

/// <summary>A figure of the costing that does not tie, named by <paramref name="Field"/>, and by how much.</summary>
public sealed record CostingFinding(string Field, string Message, decimal? Difference);

/// <summary>
/// A costing of change from a rate card of roles (issue 16 item 8): each line's cost is rate × weekly hours ×
/// weeks, or rate × daily hours × days (A R-FIN-10, A §4.2 L795-799; W BR-43, W:647-648); the stated figures
/// are kept and reconciled against the computed ones, line by line, against the stated total and against the
/// approved estimate (W BR-44: £112,000 approved against £112,218.14 itemised, W:260).
/// </summary>
/// <remarks>
/// Decision: nothing is corrected. A line with no rate card role (W's PWC, Legal, HR\OD, Finance lines give no
/// unit cost) keeps its stated total and is not computed; a line with neither is listed as a finding.
/// Computed amounts are rounded to the penny as <see cref="Money.RoundPence"/> rounds.
/// </remarks>
public sealed class Costing : AggregateRoot
{
    private readonly List<RateCardRole> _rateCard = [];
    private readonly List<CostingLine> _lines = [];

    private Costing() { }

    public Guid PartnershipId { get; private set; }
    public Guid BearerBodyId { get; private set; }
    public string Title { get; private set; } = "";
    public decimal? StatedTotal { get; private set; }
    public decimal? ApprovedEstimate { get; private set; }
    public IReadOnlyList<RateCardRole> RateCard => _rateCard;
    public IReadOnlyList<CostingLine> Lines => _lines;

    public static Costing State(Partnership partnership, Guid bearerBodyId, string title,
        IReadOnlyList<RateCardRole> rateCard, IReadOnlyList<CostingLine> lines, decimal? statedTotal,
        decimal? approvedEstimate)
    {
        CostingRules.BorneByAPartner.Require(partnership.IsPartner(bearerBodyId), "bearerBodyId",
            $"The body is not a partner of {partnership.Name}.");
        CostingRules.LinesStated.Require(lines.Count > 0, "lines", "A costing needs at least one line.");
        var costing = new Costing
        {
            PartnershipId = partnership.Id, BearerBodyId = bearerBodyId, Title = Amounts.Text(title, "title"),
            StatedTotal = statedTotal is { } t ? Amounts.NonNegative(t, "statedTotal") : null,
            ApprovedEstimate = approvedEstimate is { } a ? Amounts.Positive(a, "approvedEstimate") : null,
        };
        for (var i = 0; i < rateCard.Count; i++)
            costing._rateCard.Add(Valid(rateCard[i], $"rateCard[{i}]"));
        CostingRules.RateCardStated.Require(
            costing._rateCard.Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase).Count() == rateCard.Count,
            "rateCard", "A role appears twice on the rate card.");
        for (var i = 0; i < lines.Count; i++)
            costing._lines.Add(costing.Valid(lines[i], $"lines[{i}]"));
        return costing;
    }

    /// <summary>Each line with its computed figure and the stated minus computed discrepancy.</summary>
    public IReadOnlyList<CostingLineCheck> Checks => _lines.Select((line, i) =>
    {
        var computed = Compute(line);
        return new CostingLineCheck(i, line, computed, line.StatedTotal - computed);
    }).ToList();

    /// <summary>The sum of the lines as stated (W:652 £112,218.14; A L799 £61,737.61).</summary>
    public decimal ItemisedTotal => _lines.Sum(l => l.StatedTotal ?? 0m);

    /// <summary>The total with each computable line at its computed figure (W £112,218.34, A £61,738.13).</summary>
    public decimal RecomputedTotal => Checks.Sum(c => c.Computed ?? c.Line.StatedTotal ?? 0m);

    public IReadOnlyList<CostingFinding> Findings => CostingFindings.Of(this);

    private decimal? Compute(CostingLine line)
    {
        var role = _rateCard.FirstOrDefault(r =>
            string.Equals(r.Role, line.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null) return null;
        var hours = line.Weeks is { } weeks ? role.WeeklyHours * weeks
            : line.Days is { } days ? role.DailyHours * days : (decimal?)null;
        return hours is { } h ? Money.RoundPence(role.HourlyRate * h) : null;
    }

    private static RateCardRole Valid(RateCardRole role, string field) => role with
    {
        Role = Amounts.Text(role.Role, field + ".role"),
        HourlyRate = Amounts.Positive(role.HourlyRate, field + ".hourlyRate"),
        WeeklyHours = Hours(role.WeeklyHours, field + ".weeklyHours"),
    };

    private CostingLine Valid(CostingLine line, string field)
    {
        CostingRules.LinesStated.Require(line.Weeks is null || line.Days is null, field + ".days",
            "A line is costed in weeks or in days, not both.");
        return line with
        {
            Item = Amounts.Text(line.Item, field + ".item"),
            Role = Amounts.Text(line.Role, field + ".role"),
            Grade = string.IsNullOrWhiteSpace(line.Grade) ? null : line.Grade.Trim(),
            Weeks = line.Weeks is { } w ? Positive(w, field + ".weeks") : null,
            Days = line.Days is { } d ? Positive(d, field + ".days") : null,
            StatedTotal = line.StatedTotal is { } t ? Amounts.NonNegative(t, field + ".statedTotal") : null,
        };
    }

    private static decimal Hours(decimal value, string field)
    {
        CostingRules.RateCardStated.Require(value is > 0 and <= 168, field,
            "Weekly hours are more than 0 and at most 168.");
        return value;
    }

    private static decimal Positive(decimal value, string field)
    {
        CostingRules.LinesStated.Require(value > 0, field, $"{value} must be more than zero.");
        return value;
    }
}
