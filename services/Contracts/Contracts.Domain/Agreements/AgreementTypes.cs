namespace Contracts.Domain.Agreements;

public enum ContractType
{
    /// <summary>Mandatory for prescribed NHS services (P:L438).</summary>
    NhsStandardContract,
    LocalAuthorityContract,
    /// <summary>Delivery of council functions delegated to an NHS body under s75 NHS Act 2006 (A §3.7 L746-750).</summary>
    Section75Delegation,
}

public enum ProcurementRoute
{
    CompetitiveTender,
    FrameworkCallOff,
    /// <summary>No competition (A §3.8 L770); needs a recorded exemption basis such as Teckal (P:L937).</summary>
    DirectAward,
}

/// <summary>
/// W:674-676: health care is exempt and care supplies are by default not charged VAT; contract
/// management and similar services are standard rated; NHS-to-CCG supplies are outside the scope.
/// </summary>
public enum VatStatus
{
    Exempt,
    StandardRated,
    OutsideScope,
}

/// <summary>W:615-618: A pooled under s75, B not pooled, C cannot legally be pooled, D stays with the parent body.</summary>
public enum FundingPot
{
    A,
    B,
    C,
    D,
}

public enum ContractStatus
{
    Mobilising,
    Live,
    UnderNotice,
    Ended,
}
