namespace PooledFinance.Domain.Funds;

/// <summary>How the host commissions for the others, which decides whose VAT regime applies (W:680-685).</summary>
public enum VatModel
{
    /// <summary>The lead commissioner delivers the service with the others' funding; recovery follows the lead's regime (W:682).</summary>
    LeadCommissioner,
    /// <summary>The lead manages the funds as agent; recovery follows the principal's regime and its management charge bears VAT (W:683-685).</summary>
    Agent,
}

/// <summary>A council's VAT partial-exemption test (W:693-695).</summary>
public static class PartialExemption
{
    public const decimal DeMinimisShare = 0.05m;

    /// <summary>A council recovers all its VAT while VAT on exempt supplies stays within 5% of all the VAT it incurs.</summary>
    public static bool IsWithinDeMinimis(decimal exemptInputVat, decimal totalInputVat)
    {
        FundRules.DeMinimisTestFigures.Require(totalInputVat > 0, "totalInputVat",
            "Total input VAT must be more than zero.");
        FundRules.DeMinimisTestFigures.Require(exemptInputVat >= 0 && exemptInputVat <= totalInputVat,
            "exemptInputVat", "Exempt input VAT lies between zero and the total.");
        return exemptInputVat <= totalInputVat * DeMinimisShare;
    }
}
