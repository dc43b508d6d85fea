using System.Globalization;

namespace PooledFinance.Domain.Costs;

/// <summary>
/// What does not tie in a costing, reported rather than hidden (W §8 item 8; A R-FIN-10): each line's stated
/// figure against rate × time, the stated total against its lines, and the approval against the itemised total.
/// </summary>
public static class CostingFindings
{
    public static IReadOnlyList<CostingFinding> Of(Costing costing)
    {
        var findings = new List<CostingFinding>();
        foreach (var check in costing.Checks)
        {
            var field = $"lines[{check.Index}]";
            var line = check.Line;
            if (check.Discrepancy is { } gap and not 0m)
                findings.Add(new(field + ".statedTotal", $"{line.Item} ({line.Role}) is stated at "
                    + $"{Pounds(line.StatedTotal!.Value)} but its rate and time make {Pounds(check.Computed!.Value)}.",
                    gap));
            else if (line.StatedTotal is null && check.Computed is null)
                findings.Add(new(field, $"{line.Item} ({line.Role}) has neither a total nor a rate to cost it.", null));
        }
        var itemised = costing.ItemisedTotal;
        if (costing.StatedTotal is { } stated && stated != itemised)
            findings.Add(new("statedTotal", $"The stated total {Pounds(stated)} is not the lines' "
                + $"{Pounds(itemised)}.", stated - itemised));
        if (costing.ApprovedEstimate is { } approved && approved != itemised)
            findings.Add(new("approvedEstimate", $"The approval of {Pounds(approved)} is not the itemised "
                + $"{Pounds(itemised)}.", itemised - approved));
        return findings;
    }

    private static string Pounds(decimal amount) => amount.ToString("£#,##0.00", CultureInfo.InvariantCulture);
}
