using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Contributions;

/// <summary>
/// One partner's contribution to a fund for a year: the basis it would have spent itself (P:L372),
/// explicit adjustment lines, an instalment schedule and receipts.
/// </summary>
/// <remarks>
/// Decisions: instalments fall due on the first day of each period of the financial year (1 April,
/// 1 July, 1 October, 1 January for quarterly) and are split to the penny with the larger parts
/// first. Receipts settle instalments in due-date order. A variation after agreement re-spreads what
/// is still unpaid over the instalments not yet due, so paid instalments never change.
/// </remarks>
public sealed class Contribution : AggregateRoot
{
    private readonly List<ContributionAdjustment> _adjustments = [];
    private readonly List<Instalment> _instalments = [];
    private readonly List<Receipt> _receipts = [];

    private Contribution() { }

    public Guid FundId { get; private set; }
    public Guid PartnerBodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public string Basis { get; private set; } = "";
    public decimal BasisAmount { get; private set; }
    public ContributionSource Source { get; private set; }
    public ContributionStatus Status { get; private set; }
    public IReadOnlyList<ContributionAdjustment> Adjustments => _adjustments;
    public IReadOnlyList<Instalment> Instalments => _instalments;
    public IReadOnlyList<Receipt> Receipts => _receipts;

    public decimal Total => BasisAmount + _adjustments.Sum(a => a.Amount);
    public decimal Received => _receipts.Sum(r => r.Amount);
    public decimal Outstanding => Total - Received;

    public static Contribution Propose(Section75Agreement agreement, Fund fund, Guid partnerBodyId, FinancialYear year,
        string basis, decimal basisAmount, ContributionSource source)
    {
        fund.RequireOwnAgreement(agreement);
        agreement.RequirePartner(partnerBodyId);
        if (source == ContributionSource.Reserve)
            throw ContributionRules.ReservesStayWithTheirPartner.Broken("source",
                "Reserves remain with each partner and never enter a pool (P:L379).");
        return new Contribution
        {
            FundId = fund.Id,
            PartnerBodyId = partnerBodyId,
            Year = year,
            Basis = Amounts.Text(basis, "basis"),
            BasisAmount = Amounts.Positive(basisAmount, "basisAmount"),
            Source = source,
            Status = ContributionStatus.Proposed,
        };
    }

    public ContributionAdjustment Adjust(string description, decimal amount, DateOnly recordedOn)
    {
        if (Status != ContributionStatus.Proposed)
            throw ContributionRules.AdjustedWhileProposed.Broken("status",
                "The contribution is agreed; vary it instead.");
        return AddAdjustment(description, amount, recordedOn, isVariation: false);
    }

    public void Agree(DateOnly agreedOn, InstalmentFrequency frequency)
    {
        if (Status != ContributionStatus.Proposed)
            throw ContributionRules.AgreedOnce.Broken("status", "The contribution is already agreed.");
        ContributionRules.InstalmentsByThePeriod.Require(Enum.IsDefined(frequency), "frequency",
            "Choose annual, quarterly or monthly instalments.");
        var count = (int)frequency;
        var dueDates = Enumerable.Range(0, count).Select(i => Year.Start.AddMonths(i * 12 / count)).ToList();
        _instalments.AddRange(Spread(Total, dueDates, firstNumber: 1));
        Status = ContributionStatus.Agreed;
        Raise(new ContributionAgreed(Id, FundId, PartnerBodyId, Year, Total));
    }

    /// <summary>Varies an agreed contribution by an explicit line; the unpaid balance is re-spread over instalments not yet due.</summary>
    public ContributionAdjustment Vary(string description, decimal amount, DateOnly variedOn)
    {
        if (Status != ContributionStatus.Agreed)
            throw ContributionRules.VariedOnceAgreed.Broken("status",
                "Only an agreed contribution is varied; adjust a proposal instead.");
        var future = _instalments.Where(i => i.DueOn > variedOn).ToList();
        if (future.Count == 0)
            throw ContributionRules.VariedWhileInstalmentsRemain.Broken("variedOn",
                "Every instalment has fallen due; agree next year's contribution instead.");
        var paidOrDue = _instalments.Except(future).Sum(i => i.Amount);
        ContributionRules.VariationKeepsWhatHasFallenDue.Require(Total + amount - paidOrDue >= 0, "amount",
            "The variation would take back money already due.");
        var adjustment = AddAdjustment(description, amount, variedOn, isVariation: true);
        _instalments.RemoveAll(future.Contains);
        _instalments.AddRange(Spread(Total - paidOrDue, future.Select(i => i.DueOn).ToList(), future[0].Number));
        Raise(new ContributionVaried(Id, FundId, PartnerBodyId, Year, Total));
        return adjustment;
    }

    public Receipt RecordReceipt(string reference, decimal amount, DateOnly receivedOn)
    {
        if (Status != ContributionStatus.Agreed)
            throw ContributionRules.ReceivedWhenAgreed.Broken("status",
                "Money is received against an agreed contribution.");
        var text = Amounts.Text(reference, "reference");
        if (_receipts.Any(r => r.Reference == text))
            throw ContributionRules.ReceiptRecordedOnce.Broken("reference", $"Receipt {text} is already recorded.");
        var value = Amounts.Positive(amount, "amount");
        if (value > Outstanding)
            throw ContributionRules.ReceiptWithinTheOutstanding.Broken("amount",
                $"{value:N2} is more than the {Outstanding:N2} outstanding.");
        var receipt = new Receipt(Guid.NewGuid(), text, value, receivedOn);
        _receipts.Add(receipt);
        return receipt;
    }

    /// <summary>What has fallen due by <paramref name="date"/> and not been received.</summary>
    public decimal ArrearsOn(DateOnly date) =>
        Math.Max(0, _instalments.Where(i => i.DueOn <= date).Sum(i => i.Amount) - _receipts.Where(r => r.ReceivedOn <= date).Sum(r => r.Amount));

    private ContributionAdjustment AddAdjustment(string description, decimal amount, DateOnly on, bool isVariation)
    {
        var value = Amounts.NonZero(amount, "amount");
        ContributionRules.AdjustmentLeavesAContribution.Require(Total + value > 0, "amount",
            "An adjustment cannot take the contribution to zero or below.");
        var adjustment = new ContributionAdjustment(Guid.NewGuid(), Amounts.Text(description, "description"), value, on, isVariation);
        _adjustments.Add(adjustment);
        return adjustment;
    }

    private static IEnumerable<Instalment> Spread(decimal amount, IReadOnlyList<DateOnly> dueDates, int firstNumber) =>
        Money.Split(amount, dueDates.Select(_ => 1m).ToList())
            .Select((part, i) => new Instalment(firstNumber + i, dueDates[i], part));
}
