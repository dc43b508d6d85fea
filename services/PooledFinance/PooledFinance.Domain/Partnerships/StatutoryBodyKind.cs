namespace PooledFinance.Domain.Partnerships;

/// <summary>The statutory bodies that may be party to a Section 75 partnership.</summary>
public enum StatutoryBodyKind
{
    /// <summary>A social-care authority: unitary, metropolitan, London borough or county council (GSS E06/E08/E09/E10, Welsh W06).</summary>
    Council,
    /// <summary>A district or borough council in a two-tier area (GSS E07), as in Staffordshire's BCF.</summary>
    DistrictCouncil,
    /// <summary>A clinical commissioning group (ODS code such as 12F for Wirral, 99P for NEW Devon).</summary>
    ClinicalCommissioningGroup,
    /// <summary>An integrated care board, the CCGs' successor since July 2022 (ODS code starting with Q).</summary>
    IntegratedCareBoard,
}

public static class StatutoryBodyKindExtensions
{
    public static bool IsLocalAuthority(this StatutoryBodyKind kind) =>
        kind is StatutoryBodyKind.Council or StatutoryBodyKind.DistrictCouncil;

    public static bool IsNhsCommissioner(this StatutoryBodyKind kind) => !kind.IsLocalAuthority();
}
