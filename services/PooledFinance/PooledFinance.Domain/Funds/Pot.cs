namespace PooledFinance.Domain.Funds;

/// <summary>Wirral's classification of every budget line (W:615-618).</summary>
public enum Pot
{
    /// <summary>Anticipated to be pooled under Section 75 (including services already pooled).</summary>
    A,
    /// <summary>Not anticipated to be pooled; may be reclassified to A by a scope change.</summary>
    B,
    /// <summary>Cannot legally be pooled without a change in legislation (jointly commissioned with NHS England).</summary>
    C,
    /// <summary>Stays entirely with the parent body, mainly safeguarding; never pooled.</summary>
    D,
}

/// <summary>The risk assessment W:620 requires before a service moves into a pool.</summary>
public sealed record RiskAssessment(string Reference, string AssessedBy, DateOnly AssessedOn);

/// <summary>The change in legislation that lets a Pot C line be pooled (W:617).</summary>
public sealed record LegislationChange(string Reference, DateOnly CommencedOn);
