using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

/// <summary>A grant rolled into a Better Care Fund, with the partner it is paid to (S:22, W:398).</summary>
public sealed record FundGrant(Guid Id, GrantKind Kind, Guid RecipientBodyId, FinancialYear Year, decimal Amount);

public enum ContingencyPurpose
{
    /// <summary>New innovations (P:L379).</summary>
    Innovation,
    /// <summary>Unforeseen demands, until a planned approach can be developed (P:L379).</summary>
    UnforeseenDemand,
}

/// <summary>A draw on the contingency held inside a pool, approved by the pool manager.</summary>
public sealed record ContingencyDrawdown(Guid Id, FinancialYear Year, ContingencyPurpose Purpose, string Reason, decimal Amount, DateOnly DrawnOn);
