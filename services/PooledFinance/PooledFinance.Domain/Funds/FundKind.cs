namespace PooledFinance.Domain.Funds;

/// <summary>How a fund holds money.</summary>
public enum FundKind
{
    /// <summary>One fund, one host holding all monies on behalf of the partners (P:L294, P:L433).</summary>
    Pooled,
    /// <summary>Jointly planned and reported; each partner keeps its own money (S:106).</summary>
    Aligned,
    /// <summary>The Better Care Fund: a pooled fund under national rules, with grants rolled in (S:22).</summary>
    BetterCareFund,
}

public static class FundKindExtensions
{
    public static bool HoldsMonies(this FundKind kind) => kind is not FundKind.Aligned;
}

/// <summary>Grants rolled into a Better Care Fund.</summary>
public enum GrantKind
{
    DisabledFacilitiesGrant,
    ImprovedBetterCareFund,
    OtherGrant,
}
