using System.Text.Json.Serialization;
using Commissioning.Domain;

namespace PooledFinance.Domain.Settlement;

/// <summary>
/// How a set of year-end variances is shared between partners. Every rule splits with
/// <see cref="Money.Split"/>, so each line's shares add back to its amount to the penny.
/// The JSON attributes only name the kinds of rule so a stored agreement keeps the one it chose.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "rule")]
[JsonDerivedType(typeof(ProportionalToContributions), "proportionalToContributions")]
[JsonDerivedType(typeof(FixedSplit), "fixedSplit")]
[JsonDerivedType(typeof(NonRecurringSocialCareWithCouncil), "nonRecurringSocialCareWithCouncil")]
[JsonDerivedType(typeof(LineShareProfiles), "lineShareProfiles")]
public abstract record ShareRule
{
    public abstract string Name { get; }

    public abstract IEnumerable<SettlementLine> Apportion(IReadOnlyList<SettlementItem> items, SettlementInputs inputs);

    /// <summary>Partner bodies the rule names itself (percentages, the council), checked against the agreement.</summary>
    public abstract IEnumerable<Guid> PartnersNamed();

    protected static SettlementLine Split(string description, decimal amount, string basis, IReadOnlyList<PartnerAmount> weights)
    {
        var parts = Money.Split(amount, weights.Select(w => w.Amount).ToList());
        return new SettlementLine(description, amount, basis,
            weights.Select((w, i) => new PartnerAmount(w.PartnerBodyId, parts[i])).ToList());
    }

    protected static string Describe(IEnumerable<PartnerAmount> weights, string unit = "") =>
        string.Join(" : ", weights.Select(w => $"{w.Amount:#,0.##}{unit}"));
}

/// <summary>Shares in proportion to each partner's actual contributions for the year (P:L386: £321m CCG / £100m council in 2015/16).</summary>
public sealed record ProportionalToContributions : ShareRule
{
    public override string Name => "In proportion to actual contributions";

    public override IEnumerable<SettlementLine> Apportion(IReadOnlyList<SettlementItem> items, SettlementInputs inputs)
    {
        if (items.Count == 0) yield break;
        var weights = inputs.ActualContributions;
        SettlementRules.ProportionalNeedsContributions.Require(weights.Count > 0 && weights.Sum(w => w.Amount) > 0,
            "actualContributions",
            "Sharing in proportion to contributions needs the year's actual contributions.");
        yield return Split($"{items.Count} variance line(s)", items.Sum(i => i.Variance),
            $"actual contributions {Describe(weights)}", weights);
    }

    public override IEnumerable<Guid> PartnersNamed() => [];
}

/// <summary>A fixed percentage split, such as P's 75/25 "for working purposes" (P:L386) or 50/50 for the transformation pot (P:L940).</summary>
public sealed record FixedSplit : ShareRule
{
    public FixedSplit(IReadOnlyList<PartnerAmount> percentages) => Percentages = SplitPercentages.Require(percentages, "percentages");

    public IReadOnlyList<PartnerAmount> Percentages { get; }

    public override string Name => $"Fixed split {Describe(Percentages, "%")}";

    public override IEnumerable<SettlementLine> Apportion(IReadOnlyList<SettlementItem> items, SettlementInputs inputs)
    {
        if (items.Count == 0) yield break;
        yield return Split($"{items.Count} variance line(s)", items.Sum(i => i.Variance), Name, Percentages);
    }

    public override IEnumerable<Guid> PartnersNamed() => Percentages.Select(p => p.PartnerBodyId);
}

/// <summary>
/// W's placement of risk (W:427-434): non-recurring social-care variances stay with the council;
/// everything else is shared by <see cref="Shared"/>. W is silent on non-recurring health
/// variances, so they are shared until the partners agree otherwise.
/// </summary>
public sealed record NonRecurringSocialCareWithCouncil(Guid CouncilBodyId, ShareRule Shared) : ShareRule
{
    public override string Name => $"Non-recurring social care with the council; the rest {Shared.Name}";

    public override IEnumerable<SettlementLine> Apportion(IReadOnlyList<SettlementItem> items, SettlementInputs inputs)
    {
        var council = items.Where(i => i.SocialCare && !i.Recurring).ToList();
        foreach (var item in council)
            yield return new SettlementLine(item.Description, item.Variance, "non-recurring social care: council",
                [new PartnerAmount(CouncilBodyId, item.Variance)]);
        foreach (var line in Shared.Apportion(items.Except(council).ToList(), inputs))
            yield return line;
    }

    public override IEnumerable<Guid> PartnersNamed() => Shared.PartnersNamed().Append(CouncilBodyId);
}
