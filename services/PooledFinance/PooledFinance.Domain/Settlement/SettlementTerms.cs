using Commissioning.Domain;
using PooledFinance.Domain.Agreements;

namespace PooledFinance.Domain.Settlement;

/// <summary>
/// The risk and benefit share an agreement chooses: one rule for the pool and, where the partners
/// agreed them, separate splits for treasury income (P:L387: 75/25) and a transformation pot
/// (P:L940: 50/50). A category without its own split follows the pool rule.
/// </summary>
public sealed record SettlementTerms(ShareRule Pool, ShareRule? TreasuryIncome = null, ShareRule? TransformationPot = null)
{
    public ShareRule RuleFor(VarianceCategory category) => category switch
    {
        VarianceCategory.TreasuryIncome => TreasuryIncome ?? Pool,
        VarianceCategory.TransformationPot => TransformationPot ?? Pool,
        _ => Pool,
    };

    public void RequirePartnersOf(Section75Agreement agreement)
    {
        var named = new[] { Pool, TreasuryIncome, TransformationPot }.OfType<ShareRule>().SelectMany(r => r.PartnersNamed());
        foreach (var body in named.Distinct())
            if (!agreement.IsPartner(body))
                throw RuleViolation.NotFound("partnerBodyId", $"{body} in the settlement terms is not a partner to the agreement.");
    }
}
