using Commissioning.Domain;

namespace PooledFinance.Domain.Vat;

/// <summary>The rules a council's stated VAT position keeps against the partial-exemption de minimis.</summary>
public static class VatRules
{
    public static readonly Rule DeMinimisIsACouncils = new("de-minimis-is-a-councils", ViolationKind.Invalid,
        "The partial-exemption de minimis is a local authority's: only a council states a VAT position.", "W:693");
    public static readonly Rule PartsWithinTheTotal = new("vat-parts-within-the-total", ViolationKind.Invalid,
        "Exempt and commissioning (non-business) input VAT are both parts of the total input VAT, so together "
        + "they do not exceed it.", "W:695");
}
