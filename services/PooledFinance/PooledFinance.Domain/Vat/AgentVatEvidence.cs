using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Domain.Vat;

/// <summary>What a principal must be given, and where the documents say so.</summary>
public sealed record VatEvidenceRequirement(string Code, string What, string Source);

/// <summary>One principal whose regime recovers the VAT on its share of a fund, and what it needs.</summary>
public sealed record PrincipalVatEvidence(Guid PrincipalBodyId, string Principal,
    IReadOnlyList<VatEvidenceRequirement> Requirements);

/// <summary>
/// The evidence each principal needs when the host manages a fund as agent (issue 16 item 10;
/// A_wirral_staffs.md BR-53, W:683-685): "the evidence necessary to recover VAT where possible", the
/// apportionment of costs "that need to be apportioned", and VAT "applied correctly to any management charges
/// made by the lead commissioner". Under the lead-commissioner model recovery follows the lead's regime
/// (W:682, BR-52), so no partner needs evidence from it. Charges between the partners, staff among them, may
/// bear VAT whatever the model, "even … where there is no monetary consideration" (W:687, BR-54).
/// </summary>
/// <remarks>Decision: every partner but the host is a principal of its own lines; the host recovers its own.</remarks>
public static class AgentVatEvidence
{
    public static readonly VatEvidenceRequirement RecoveryEvidence = new("recoveryEvidence",
        "The evidence the principal needs to recover the VAT incurred on its behalf, where it can.", "W:683-684");
    public static readonly VatEvidenceRequirement Apportionment = new("apportionment",
        "The apportionment of costs incurred for more than one partner, so each recovers under its own regime.",
        "W:684");
    public static readonly VatEvidenceRequirement ManagementCharge = new("managementCharge",
        "VAT applied correctly to the lead commissioner's management charges.", "W:684");
    public static readonly VatEvidenceRequirement InterPartnerCharges = new("interPartnerCharges",
        "VAT considered on charges between the partners (such as for staff), even with no money paid.", "W:687");

    public static IReadOnlyList<PrincipalVatEvidence> For(Fund fund, Partnership partnership) =>
        partnership.Bodies.Where(b => b.Id != fund.HostBodyId)
            .Select(b => new PrincipalVatEvidence(b.Id, b.Name, fund.VatModel == VatModel.Agent
                ? [RecoveryEvidence, Apportionment, ManagementCharge, InterPartnerCharges]
                : [InterPartnerCharges]))
            .ToList();
}
