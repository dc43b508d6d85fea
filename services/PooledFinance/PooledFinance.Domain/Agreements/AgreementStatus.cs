namespace PooledFinance.Domain.Agreements;

/// <summary>Draft → Approved (every partner) → InForce → Varied → NoticeServed → Terminated.</summary>
public enum AgreementStatus
{
    Draft,
    Approved,
    InForce,
    Varied,
    NoticeServed,
    Terminated,
}
