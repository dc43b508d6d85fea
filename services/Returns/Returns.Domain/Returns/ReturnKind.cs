namespace Returns.Domain.Returns;

/// <summary>The returns the service makes (DOMAIN.md L100-114; anchors B.1 L470-476; issue 18 cap. 2-5).</summary>
public enum ReturnKind
{
    /// <summary>Client Level Data, quarterly, a rolling 12 months (anchors-refresh §2 L24-26).</summary>
    Cld,
    /// <summary>Adult Social Care Finance Return, annual (anchors B.4; anchors-refresh §2 L45-49).</summary>
    AscFr,
    /// <summary>Better Care Fund quarterly report (anchors B.5 L590).</summary>
    BcfQuarter,
    /// <summary>Better Care Fund end-of-year report (anchors B.1 L476 "quarterly/year-end templates").</summary>
    BcfYearEnd,
    /// <summary>
    /// The pooled fund's quarterly report to each partner, or its annual report (P:L405; C L590-591).
    /// </summary>
    PoolQuarterly,
    /// <summary>The joint monthly finance report to both partners' boards (W:716; A_wirral_staffs BR-67).</summary>
    JointMonthly,
}
