using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Funds;

/// <summary>Money set aside as contingency inside a pool for one year (P:L379, W:1041).</summary>
public sealed record ContingencyAllocation(FinancialYear Year, decimal Amount);

/// <summary>
/// A fund under a Section 75 agreement, with its own host partner and pool manager (P:L431-436).
/// An agreement may hold several funds, each with a different host.
/// </summary>
public sealed class Fund : AggregateRoot
{
    private readonly List<FundGrant> _grants = [];
    private readonly List<ContingencyAllocation> _contingencies = [];
    private readonly List<ContingencyDrawdown> _drawdowns = [];

    private Fund() { }

    public Guid AgreementId { get; private set; }
    public string Name { get; private set; } = "";
    public FundKind Kind { get; private set; }
    public Guid HostBodyId { get; private set; }
    public string PoolManager { get; private set; } = "";
    public VatModel VatModel { get; private set; }
    public IReadOnlyList<FundGrant> Grants => _grants;
    public IReadOnlyList<ContingencyAllocation> Contingencies => _contingencies;
    public IReadOnlyList<ContingencyDrawdown> Drawdowns => _drawdowns;

    public static Fund Create(Section75Agreement agreement, string name, FundKind kind, Guid hostBodyId,
        string poolManager, VatModel vatModel)
    {
        FundRules.UnderALiveAgreement.Require(agreement.Status != AgreementStatus.Terminated, "agreementId",
            "The agreement has ended.");
        agreement.RequirePartner(hostBodyId, "hostBodyId");
        return new Fund
        {
            AgreementId = agreement.Id,
            Name = Amounts.Text(name, "name"),
            Kind = kind,
            HostBodyId = hostBodyId,
            PoolManager = Amounts.Text(poolManager, "poolManager"),
            VatModel = vatModel,
        };
    }

    /// <summary>The host appoints the pool manager (P:L435).</summary>
    public void AppointPoolManager(string poolManager) => PoolManager = Amounts.Text(poolManager, "poolManager");

    public FundGrant RollInGrant(Section75Agreement agreement, GrantKind kind, Guid recipientBodyId, FinancialYear year, decimal amount)
    {
        if (Kind != FundKind.BetterCareFund)
            throw FundRules.GrantsRolledIntoABcf.Broken("kind",
                "Grants such as DFG and iBCF are rolled into a Better Care Fund.");
        RequireOwnAgreement(agreement);
        agreement.RequirePartner(recipientBodyId, "recipientBodyId");
        var grant = new FundGrant(Guid.NewGuid(), kind, recipientBodyId, year, Amounts.Positive(amount, "amount"));
        _grants.Add(grant);
        return grant;
    }

    public void HoldContingency(FinancialYear year, decimal amount)
    {
        if (!Kind.HoldsMonies())
            throw FundRules.AlignedFundHoldsNoMonies.Broken("kind",
                "An aligned fund holds no monies, so it cannot hold a contingency.");
        var value = Amounts.NonNegative(amount, "amount");
        FundRules.ContingencyCoversItsDrawdowns.Require(value >= DrawnDown(year), "amount",
            "The contingency cannot fall below what has been drawn.");
        _contingencies.RemoveAll(c => c.Year == year);
        _contingencies.Add(new ContingencyAllocation(year, value));
    }

    public ContingencyDrawdown DrawContingency(FinancialYear year, ContingencyPurpose purpose, string reason, decimal amount, DateOnly drawnOn)
    {
        var value = Amounts.Positive(amount, "amount");
        FundRules.ContingencyDrawnInItsYear.Require(year.Contains(drawnOn), "drawnOn",
            $"{drawnOn:yyyy-MM-dd} is not in {year}.");
        if (value > ContingencyRemaining(year))
            throw FundRules.ContingencyDrawnWithinWhatRemains.Broken("amount",
                $"Only {ContingencyRemaining(year):N2} of the {year} contingency remains.");
        var drawdown = new ContingencyDrawdown(Guid.NewGuid(), year, purpose, Amounts.Text(reason, "reason"), value, drawnOn);
        _drawdowns.Add(drawdown);
        return drawdown;
    }

    public decimal ContingencyRemaining(FinancialYear year) =>
        _contingencies.Where(c => c.Year == year).Sum(c => c.Amount) - DrawnDown(year);

    /// <summary>
    /// Whose VAT regime recovers VAT on a transaction for <paramref name="principalBodyId"/>'s function:
    /// the host's under the lead-commissioner model, the principal's under the agent model (W:682-683).
    /// </summary>
    public Guid VatRecoveredBy(Guid principalBodyId) => VatModel == VatModel.LeadCommissioner ? HostBodyId : principalBodyId;

    /// <summary>Under the agent model the lead's management charge to the principal bears VAT (W:685).</summary>
    public bool ManagementChargeBearsVat => VatModel == VatModel.Agent;

    public void RequireOwnAgreement(Section75Agreement agreement)
    {
        if (agreement.Id != AgreementId)
            throw FundRules.OfThisAgreement.Broken("agreementId", $"The fund {Name} belongs to another agreement.");
    }

    private decimal DrawnDown(FinancialYear year) => _drawdowns.Where(d => d.Year == year).Sum(d => d.Amount);
}
