using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Position;

/// <summary>What the partners agreed to do about an anticipated overspend, who agreed it and when.</summary>
public sealed record JointMitigation(IReadOnlyList<Guid> AgreedByBodyIds, DateOnly AgreedOn, string Summary);

public enum OverspendForecastStatus { AwaitingJointMitigation, Mitigated }

/// <summary>
/// A forecast overspend on a fund's budget line, raised when care packages agreed funding against the
/// line without the headroom for it (B R-FIN-19 L472: committed package costs above the fixed budget
/// raise an overspend forecast). The decision stands (A risk 9, §1.24 L531); the partners then "work
/// together to identify what mitigating action is required" and consider the budgets as a whole
/// (A §4.11 L876; B's lifecycle L670: OverspendAnticipated → JointMitigationAgreed).
/// </summary>
/// <remarks>
/// Decision: a mitigation is joint only when every partner body of the agreement is among those who
/// agreed it, as a variance's notification must reach every partner.
/// </remarks>
public sealed class OverspendForecast : AggregateRoot
{
    private OverspendForecast() { }

    public Guid FundId { get; private set; }
    public Guid BudgetLineId { get; private set; }
    public Guid OwnerBodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public string PackageId { get; private set; } = "";
    public string SignalId { get; private set; } = "";
    public decimal Commitment { get; private set; }
    public decimal Headroom { get; private set; }
    public decimal Overspend { get; private set; }
    public DateOnly SignalledOn { get; private set; }
    public OverspendForecastStatus Status { get; private set; }
    public JointMitigation? Mitigation { get; private set; }

    public static OverspendForecast Raise(Fund fund, BudgetLine line, OverspendSignal signal)
    {
        OverspendRules.OnALineOfTheFund.Require(line.FundId == fund.Id, "budgetLineId",
            $"The line is not in {fund.Name}.");
        OverspendRules.OnALineOfTheFund.Require(line.Year == signal.Year, "financialYear",
            $"The line is for {line.Year}, not {signal.Year}.");
        Amounts.Positive(signal.Commitment, "commitment");
        Amounts.Positive(signal.Overspend, "overspend");
        OverspendRules.BeyondTheHeadroom.Require(signal.Commitment - signal.Headroom == signal.Overspend, "overspend",
            "The overspend is the commitment less the headroom.");
        return new OverspendForecast
        {
            FundId = fund.Id, BudgetLineId = line.Id, OwnerBodyId = line.OwnerBodyId, Year = signal.Year,
            PackageId = Amounts.Text(signal.PackageId, "packageId"),
            SignalId = Amounts.Text(signal.SignalId, "signalId"),
            Commitment = signal.Commitment, Headroom = signal.Headroom, Overspend = signal.Overspend,
            SignalledOn = signal.SignalledOn, Status = OverspendForecastStatus.AwaitingJointMitigation,
        };
    }

    /// <summary>Closes the forecast with the mitigation every partner of the agreement agreed to.</summary>
    public void RecordMitigation(Section75Agreement agreement, JointMitigation mitigation)
    {
        if (Status == OverspendForecastStatus.Mitigated)
            throw OverspendRules.MitigatedOnce.Broken("mitigation",
                "A joint mitigation is already recorded for this overspend.");
        var agreedBy = mitigation.AgreedByBodyIds ?? [];
        var missing = agreement.PartnerBodyIds.Except(agreedBy).ToList();
        OverspendRules.AgreedByEveryPartner.Require(missing.Count == 0, "agreedByBodyIds",
            $"A joint mitigation is agreed by every partner; missing {string.Join(", ", missing)}.");
        OverspendRules.AgreedByEveryPartner.Require(agreedBy.All(agreement.IsPartner), "agreedByBodyIds",
            "Only the agreement's partners agree it.");
        OverspendRules.AfterTheForecast.Require(mitigation.AgreedOn >= SignalledOn, "agreedOn",
            "The mitigation follows the forecast.");
        Mitigation = mitigation with
        {
            AgreedByBodyIds = agreedBy.Distinct().ToArray(), Summary = Amounts.Text(mitigation.Summary, "summary"),
        };
        Status = OverspendForecastStatus.Mitigated;
    }
}

/// <summary>As care packages signalled it: a package's commitment on a line in a year, the headroom before.</summary>
public sealed record OverspendSignal(string SignalId, string PackageId, FinancialYear Year, decimal Commitment,
    decimal Headroom, decimal Overspend, DateOnly SignalledOn);
