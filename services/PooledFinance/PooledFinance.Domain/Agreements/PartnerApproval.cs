namespace PooledFinance.Domain.Agreements;

/// <summary>A partner body's own approval of the agreement: which body decided (Cabinet, Governing Body) under which delegation.</summary>
public sealed record PartnerApproval(Guid PartnerBodyId, string ApprovingBody, string DelegationReference,
    DateOnly ApprovedOn)
{
    /// <summary>The partner's recorded decision on the formal agreement, when the approval points at one.</summary>
    public Guid? DecisionId { get; init; }
}

/// <summary>A recorded change to the agreement's terms, made by a joint decision.</summary>
public sealed record Variation(Guid Id, string Description, DateOnly EffectiveFrom, JointDecision Decision)
{
    /// <summary>The recorded governance decision that authorised it, when it points at one.</summary>
    public Guid? DecisionId { get; init; }
}

/// <summary>Notice to end the agreement: who served it, when, and the day the agreement ends.</summary>
public sealed record TerminationNotice(Guid ServedBy, DateOnly ServedOn, DateOnly EffectiveEnd);
