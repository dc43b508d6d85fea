using System.Text.Json.Serialization;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Api.Apis;

/// <summary>The risk and benefit share an agreement chooses: the pool's rule and, where agreed, its own
/// splits for treasury income (P:L387) and a transformation pot (P:L940).</summary>
public sealed record SettlementTermsView(ShareRuleView Pool, ShareRuleView? TreasuryIncome = null,
    ShareRuleView? TransformationPot = null)
{
    public static SettlementTermsView? Of(SettlementTerms? t) => t is null ? null
        : new(ShareRuleView.Of(t.Pool), ShareRuleView.OfOptional(t.TreasuryIncome),
            ShareRuleView.OfOptional(t.TransformationPot));

    public SettlementTerms ToTerms() => new(Pool.ToRule(), TreasuryIncome?.ToRule(), TransformationPot?.ToRule());
}

/// <summary>
/// How variances are shared, named by <c>rule</c>; <c>name</c> says it in words (answers only: a
/// partner sending it is ignored).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "rule")]
[JsonDerivedType(typeof(ProportionalToContributionsView), "proportionalToContributions")]
[JsonDerivedType(typeof(FixedSplitView), "fixedSplit")]
[JsonDerivedType(typeof(NonRecurringSocialCareWithCouncilView), "nonRecurringSocialCareWithCouncil")]
[JsonDerivedType(typeof(LineShareProfilesView), "lineShareProfiles")]
public abstract record ShareRuleView
{
    public string? Name { get; init; }

    public abstract ShareRule ToRule();

    public static ShareRuleView? OfOptional(ShareRule? rule) => rule is null ? null : Of(rule);

    public static ShareRuleView Of(ShareRule rule) => (rule switch
    {
        FixedSplit f => new FixedSplitView(PartnerAmountView.Of(f.Percentages)),
        NonRecurringSocialCareWithCouncil n => new NonRecurringSocialCareWithCouncilView(n.CouncilBodyId, Of(n.Shared)),
        LineShareProfiles l => new LineShareProfilesView(l.Profiles.Select(LineProfileView.Of).ToList(),
            Of(l.Otherwise)),
        _ => (ShareRuleView)new ProportionalToContributionsView(),
    }) with { Name = rule.Name };
}

/// <summary>Shares in proportion to each partner's actual contributions for the year (P:L386).</summary>
public sealed record ProportionalToContributionsView : ShareRuleView
{
    public override ShareRule ToRule() => new ProportionalToContributions();
}

/// <summary>A fixed percentage split, such as P's 75/25 (P:L386).</summary>
public sealed record FixedSplitView(IReadOnlyList<PartnerAmountView> Percentages) : ShareRuleView
{
    public override ShareRule ToRule() => new FixedSplit(Percentages.Select(p => p.ToAmount()).ToList());
}

/// <summary>W's rule (W:427-434): non-recurring social-care variances stay with the council.</summary>
public sealed record NonRecurringSocialCareWithCouncilView(Guid CouncilBodyId, ShareRuleView Shared) : ShareRuleView
{
    public override ShareRule ToRule() => new NonRecurringSocialCareWithCouncil(CouncilBodyId, Shared.ToRule());
}

/// <summary>A share profile per spend line; lines without one follow <c>otherwise</c>.</summary>
public sealed record LineShareProfilesView(IReadOnlyList<LineProfileView> Profiles, ShareRuleView Otherwise)
    : ShareRuleView
{
    public override ShareRule ToRule() =>
        new LineShareProfiles(Profiles.Select(p => p.ToProfile()).ToList(), Otherwise.ToRule());
}

/// <summary>One band of a profile: the split of the variance up to <c>upTo</c> (no limit when null).</summary>
public sealed record ShareBandView(decimal? UpTo, IReadOnlyList<PartnerAmountView> Percentages);

/// <summary>A fixed (one band) or variable share profile.</summary>
public sealed record ShareProfileView(IReadOnlyList<ShareBandView> Bands);

/// <summary>The share profile of one budget line.</summary>
public sealed record LineProfileView(Guid BudgetLineId, ShareProfileView Profile)
{
    public static LineProfileView Of(LineProfile p) => new(p.BudgetLineId, new ShareProfileView(
        p.Profile.Bands.Select(b => new ShareBandView(b.UpTo, PartnerAmountView.Of(b.Percentages))).ToList()));

    public LineProfile ToProfile() => new(BudgetLineId, new ShareProfile(
        Profile.Bands.Select(b => new ShareBand(b.UpTo, b.Percentages.Select(p => p.ToAmount()).ToList())).ToList()));
}
