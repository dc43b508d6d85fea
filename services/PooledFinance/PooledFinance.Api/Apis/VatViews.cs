using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Vat;

namespace PooledFinance.Api.Apis;

/// <param name="ExemptInputVat">Input VAT relating to exempt supplies.</param>
/// <param name="CommissioningInputVat">Input VAT incurred as commissioner: non-business, part of the total, never
/// exempt (W:695).</param>
public sealed record NewVatPosition(Guid CouncilBodyId, string FinancialYear, decimal TotalInputVat,
    decimal ExemptInputVat, decimal CommissioningInputVat);

/// <summary>A council's partial-exemption position against the 5% de minimis (W:693-695).</summary>
public sealed record VatPositionView(Guid Id, Guid PartnershipId, Guid CouncilBodyId, string FinancialYear,
    decimal TotalInputVat, decimal ExemptInputVat, decimal CommissioningInputVat, decimal ExemptPercentage,
    decimal DeMinimisPercentage, decimal DeMinimisHeadroom, bool WithinDeMinimis, decimal RecoverableInputVat,
    decimal RecoveryAtRisk, string CommissioningTreatment)
{
    public static VatPositionView Of(CouncilVatPosition p) => new(p.Id, p.PartnershipId, p.CouncilBodyId,
        p.Year.ToString(), p.TotalInputVat, p.ExemptInputVat, p.CommissioningInputVat, p.ExemptPercentage,
        PartialExemption.DeMinimisShare * 100m, p.DeMinimisHeadroom, p.WithinDeMinimis, p.RecoverableInputVat,
        p.RecoveryAtRisk, "Non-business: recoverable, no impact on the partial exemption calculation (W:695).");
}

public sealed record VatEvidenceRequirementView(string Code, string What, string Source);

public sealed record PrincipalVatEvidenceView(Guid PrincipalBodyId, string Principal,
    IReadOnlyList<VatEvidenceRequirementView> Requirements);

/// <summary>Whose regime recovers a fund's VAT and what each principal needs from the host.</summary>
public sealed record FundVatEvidenceView(Guid FundId, VatModel VatModel, Guid HostBodyId,
    bool ManagementChargeBearsVat, IReadOnlyList<PrincipalVatEvidenceView> Principals)
{
    public static FundVatEvidenceView Of(Fund fund, IReadOnlyList<PrincipalVatEvidence> principals) => new(fund.Id,
        fund.VatModel, fund.HostBodyId, fund.ManagementChargeBearsVat, principals.Select(p =>
            new PrincipalVatEvidenceView(p.PrincipalBodyId, p.Principal, p.Requirements
                .Select(r => new VatEvidenceRequirementView(r.Code, r.What, r.Source)).ToList())).ToList());
}
