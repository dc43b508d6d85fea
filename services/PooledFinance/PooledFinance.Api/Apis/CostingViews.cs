using PooledFinance.Domain.Costs;

namespace PooledFinance.Api.Apis;

/// <param name="WeeklyHours">The role's weekly hours (A L794: 36); a day is a fifth of them.</param>
public sealed record RateCardRoleRequest(string Role, decimal HourlyRate, decimal WeeklyHours);

/// <param name="Weeks">Weeks of the role's weekly hours, or</param>
/// <param name="Days">days of a fifth of them (A L798: "1 day per Month October to April 2018" = 7).</param>
/// <param name="StatedTotal">The total as the paper states it; none where it gives none (W:646).</param>
public sealed record CostingLineRequest(string Item, string Role, string? Grade = null, decimal? Weeks = null,
    decimal? Days = null, decimal? StatedTotal = null);

/// <param name="RateCard">The roles with a rate; a line whose role is not on it keeps its stated total only.</param>
public sealed record NewCosting(Guid BearerBodyId, string Title, IReadOnlyList<CostingLineRequest>? Lines = null,
    IReadOnlyList<RateCardRoleRequest>? RateCard = null, decimal? StatedTotal = null,
    decimal? ApprovedEstimate = null);

/// <param name="Computed">Rate × hours, when the line's role is on the rate card and its time is stated.</param>
/// <param name="Discrepancy">Stated minus computed (A's OBC: -0.52).</param>
public sealed record CostingLineView(string Item, string Role, string? Grade, decimal? Weeks, decimal? Days,
    decimal? StatedTotal, decimal? Computed, decimal? Discrepancy);

public sealed record CostingFindingView(string Field, string Message, decimal? Difference);

/// <summary>A costing of change: its rate card, its lines stated and computed, and what does not tie.</summary>
public sealed record CostingView(Guid Id, Guid PartnershipId, Guid BearerBodyId, string Title,
    IReadOnlyList<RateCardRoleRequest> RateCard, IReadOnlyList<CostingLineView> Lines, decimal? StatedTotal,
    decimal? ApprovedEstimate, decimal ItemisedTotal, decimal RecomputedTotal,
    IReadOnlyList<CostingFindingView> Findings)
{
    public static CostingView Of(Costing c) => new(c.Id, c.PartnershipId, c.BearerBodyId, c.Title,
        c.RateCard.Select(r => new RateCardRoleRequest(r.Role, r.HourlyRate, r.WeeklyHours)).ToList(),
        c.Checks.Select(k => new CostingLineView(k.Line.Item, k.Line.Role, k.Line.Grade, k.Line.Weeks, k.Line.Days,
            k.Line.StatedTotal, k.Computed, k.Discrepancy)).ToList(),
        c.StatedTotal, c.ApprovedEstimate, c.ItemisedTotal, c.RecomputedTotal,
        c.Findings.Select(f => new CostingFindingView(f.Field, f.Message, f.Difference)).ToList());
}
