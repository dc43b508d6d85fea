namespace Commissioning.Domain;

/// <summary>
/// Money is decimal pounds with pence. Splits use the largest-remainder method so the parts
/// always add back to the total to the penny (a £100.00 three-way split is 33.34 + 33.33 + 33.33).
/// </summary>
public static class Money
{
    public static decimal RoundPence(decimal pounds) => Math.Round(pounds, 2, MidpointRounding.ToEven);

    public static long ToPence(decimal pounds) => (long)Math.Round(pounds * 100m, 0, MidpointRounding.ToEven);

    public static decimal FromPence(long pence) => pence / 100m;

    /// <summary>Splits <paramref name="total"/> by <paramref name="weights"/> (any non-negative scale, not all zero).</summary>
    public static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0) throw RuleViolation.Invalid("weights", "A split needs at least one share.");
        if (weights.Any(w => w < 0)) throw RuleViolation.Invalid("weights", "Shares cannot be negative.");
        var sum = weights.Sum();
        if (sum == 0) throw RuleViolation.Invalid("weights", "Shares cannot all be zero.");

        var totalPence = ToPence(total);
        var sign = Math.Sign(totalPence);
        var magnitude = Math.Abs(totalPence);
        var exact = weights.Select(w => magnitude * w / sum).ToArray();
        var floors = exact.Select(e => (long)Math.Floor(e)).ToArray();
        var left = magnitude - floors.Sum();
        // Hand the remaining pence to the largest fractional parts; ties go to the earlier share.
        foreach (var i in exact.Select((e, i) => (frac: e - Math.Floor(e), i))
                     .OrderByDescending(x => x.frac).ThenBy(x => x.i).Take((int)left).Select(x => x.i))
            floors[i]++;
        return floors.Select(p => FromPence(sign * p)).ToArray();
    }
}
