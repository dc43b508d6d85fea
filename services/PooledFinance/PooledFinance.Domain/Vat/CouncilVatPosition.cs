using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Vat;

/// <summary>
/// A council's partial-exemption position for a year (issue 16 item 10; A_wirral_staffs.md BR-55, W:693-695):
/// the input VAT it incurs, the part that relates to exempt supplies and the part incurred as commissioner.
/// It recovers all its VAT while the exempt part stays within the 5% de minimis of the total (W:693). The
/// commissioning part is "non-business rather than exempt" (W:695): it is recoverable and never enters the
/// exempt part, so pooling has "no impact on its partial exemption calculation".
/// </summary>
/// <remarks>
/// Decision: the figures are stated by the council's finance officer; commissioning VAT is part of the total
/// and separate from the exempt part (stating it as both is refused). Beyond the de minimis the documents say
/// nothing more; the position names the exempt VAT whose recovery is then at risk, and no more.
/// </remarks>
public sealed class CouncilVatPosition : AggregateRoot
{
    private CouncilVatPosition() { }

    public Guid PartnershipId { get; private set; }
    public Guid CouncilBodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public decimal TotalInputVat { get; private set; }
    public decimal ExemptInputVat { get; private set; }
    public decimal CommissioningInputVat { get; private set; }

    public static CouncilVatPosition State(Partnership partnership, Guid councilBodyId, FinancialYear year,
        decimal totalInputVat, decimal exemptInputVat, decimal commissioningInputVat)
    {
        var body = partnership.Body(councilBodyId);
        VatRules.DeMinimisIsACouncils.Require(body.Kind.IsLocalAuthority(), "councilBodyId",
            $"{body.Name} is not a local authority: the partial-exemption de minimis is a council's (W:693).");
        Amounts.Positive(totalInputVat, "totalInputVat");
        Amounts.NonNegative(exemptInputVat, "exemptInputVat");
        Amounts.NonNegative(commissioningInputVat, "commissioningInputVat");
        VatRules.PartsWithinTheTotal.Require(exemptInputVat + commissioningInputVat <= totalInputVat,
            "commissioningInputVat",
            "Commissioning VAT is non-business, not exempt (W:695): with the exempt VAT it is part of the total, "
            + "so together they cannot exceed it.");
        return new CouncilVatPosition
        {
            PartnershipId = partnership.Id, CouncilBodyId = councilBodyId, Year = year,
            TotalInputVat = totalInputVat, ExemptInputVat = exemptInputVat,
            CommissioningInputVat = commissioningInputVat,
        };
    }

    /// <summary>The exempt part as a percentage of the total, to two decimal places.</summary>
    public decimal ExemptPercentage => Percentage(ExemptInputVat);

    /// <summary>What the exempt part may reach before the de minimis is passed (negative once it is).</summary>
    public decimal DeMinimisHeadroom =>
        Money.RoundPence(TotalInputVat * PartialExemption.DeMinimisShare) - ExemptInputVat;

    public bool WithinDeMinimis => PartialExemption.IsWithinDeMinimis(ExemptInputVat, TotalInputVat);

    /// <summary>W:693: all the VAT within the de minimis; beyond it, all but the exempt part is certain.</summary>
    public decimal RecoverableInputVat => WithinDeMinimis ? TotalInputVat : TotalInputVat - ExemptInputVat;

    public decimal RecoveryAtRisk => WithinDeMinimis ? 0m : ExemptInputVat;

    private decimal Percentage(decimal part) =>
        Math.Round(part / TotalInputVat * 100m, 2, MidpointRounding.AwayFromZero);
}
