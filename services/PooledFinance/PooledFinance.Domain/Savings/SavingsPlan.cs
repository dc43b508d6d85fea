using Commissioning.Domain;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Savings;

/// <summary>
/// One partner body's savings requirement for a year (WF-7; W:427-428, W:666): the requirement in pounds on
/// the budget it is a share of, the savings identified towards it (recurrent or one-off), what each has
/// delivered, and what is still to be identified. At the year's end the plan is met or missed; a missed plan
/// raises <see cref="SavingsShortfallDetected"/> (W:428: the CCG's 2016/17 QIPP of £8.8m missed by £5.0m).
/// </summary>
/// <remarks>
/// Decision: figures that disagree (W:666's £2.2m identified + £1.9m yet to be identified against W:427's
/// £3.4m requirement; a percentage that is not the requirement's share of the stated budget) are kept as
/// stated and listed as <see cref="Findings"/> until the partners record which basis they adopted; they are
/// never silently summed or corrected.
/// </remarks>
public sealed class SavingsPlan : AggregateRoot
{
    private readonly List<SavingsItem> _items = [];

    private SavingsPlan() { }

    public Guid PartnershipId { get; private set; }
    public Guid BodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public SavingsProgramme Programme { get; private set; }
    public decimal Requirement { get; private set; }
    public decimal BudgetBase { get; private set; }
    public decimal? StatedPercentage { get; private set; }
    public decimal? YetToBeIdentified { get; private set; }
    public IReadOnlyList<SavingsItem> Items => _items;
    public SavingsDecision? Decision { get; private set; }
    public SavingsPlanStatus Status { get; private set; }
    public decimal? Shortfall { get; private set; }

    /// <summary>Recurrent savings identified: what counts towards the requirement (BR-27).</summary>
    public decimal RecurrentIdentified => _items.Where(i => !i.IsOneOff).Sum(i => i.Identified);

    public decimal RecurrentDelivered => _items.Where(i => !i.IsOneOff).Sum(i => i.Delivered);

    public decimal OneOffDelivered => _items.Where(i => i.IsOneOff).Sum(i => i.Delivered);

    /// <summary>
    /// The requirement as a percentage of the budget, to one decimal place as the documents state it.
    /// </summary>
    public decimal PercentageOfBudget => Math.Round(Requirement / BudgetBase * 100m, 1, MidpointRounding.AwayFromZero);

    public static SavingsPlan Set(Partnership partnership, Guid bodyId, FinancialYear year, SavingsProgramme programme,
        decimal requirement, decimal budgetBase, decimal? statedPercentage)
    {
        SavingsRules.PartnersOwn.Require(partnership.IsPartner(bodyId), "bodyId",
            $"The body is not a partner of {partnership.Name}.");
        Amounts.Positive(requirement, "requirement");
        Amounts.Positive(budgetBase, "budgetBase");
        SavingsRules.WithinTheBudget.Require(requirement <= budgetBase, "requirement",
            "A requirement cannot exceed the budget it is of.");
        SavingsRules.WithinTheBudget.Require(statedPercentage is null or > 0 and <= 100, "statedPercentage",
            "A percentage of the budget is more than 0 and at most 100.");
        var plan = new SavingsPlan
        {
            PartnershipId = partnership.Id, BodyId = bodyId, Year = year, Programme = programme,
            Requirement = requirement, BudgetBase = budgetBase, StatedPercentage = statedPercentage,
        };
        plan.Raise(new EfficiencyTargetSet(plan.Id, partnership.Id, bodyId, year, programme, requirement));
        return plan;
    }

    public SavingsItem Identify(string description, decimal amount, bool isOneOff)
    {
        RequireInDelivery();
        var item = new SavingsItem(Guid.NewGuid(), Amounts.Text(description, "description"),
            Amounts.Positive(amount, "amount"), isOneOff, 0m);
        _items.Add(item);
        return item;
    }

    /// <summary>
    /// What is still to be found, as the body states it (W:666: "further savings of £1.9m are yet to be
    /// identified").
    /// </summary>
    public void StateYetToBeIdentified(decimal amount)
    {
        RequireInDelivery();
        YetToBeIdentified = Amounts.NonNegative(amount, "yetToBeIdentified");
    }

    /// <summary>Delivery so far of one saving; a saving never delivers more than was identified for it.</summary>
    public void RecordDelivery(Guid itemId, decimal deliveredToDate)
    {
        RequireInDelivery();
        var item = _items.FirstOrDefault(i => i.Id == itemId)
            ?? throw RuleViolation.NotFound("savingId", $"There is no saving {itemId} in this plan.");
        Amounts.NonNegative(deliveredToDate, "delivered");
        SavingsRules.DeliveredWithinIdentified.Require(deliveredToDate <= item.Identified, "delivered",
            $"{deliveredToDate} is more than the {item.Identified} identified; identify the further saving instead.");
        _items[_items.IndexOf(item)] = item with { Delivered = deliveredToDate };
    }

    public void RecordDecision(SavingsDecision decision, Partnership partnership)
    {
        SavingsRules.DecidedOnFindings.Require(Findings.Count > 0, "decision",
            "The plan's figures agree: there is nothing to decide.");
        SavingsRules.PartnersOwn.Require(partnership.IsPartner(decision.RecordedByBodyId), "bodyId",
            "Only a partner records it.");
        Decision = decision with { Basis = Amounts.Text(decision.Basis, "basis") };
    }

    /// <summary>
    /// After 31 March: met when recurrent delivery reaches the requirement, otherwise missed by the rest.
    /// </summary>
    public void CloseYear(FinancialYear year, DateOnly today)
    {
        RequireInDelivery();
        SavingsRules.ClosedAfterItsYear.Require(year == Year, "financialYear",
            $"This is the {Year} plan, not {year}'s.");
        SavingsRules.ClosedAfterItsYear.Require(today > Year.End, "financialYear",
            $"{Year} runs until {Year.End:d MMMM yyyy}.");
        var shortfall = Requirement - RecurrentDelivered;
        Status = shortfall > 0 ? SavingsPlanStatus.Missed : SavingsPlanStatus.Met;
        Shortfall = Math.Max(shortfall, 0m);
        if (shortfall > 0)
            Raise(new SavingsShortfallDetected(Id, PartnershipId, BodyId, Year, Programme, Requirement,
                RecurrentDelivered, shortfall));
    }

    public IReadOnlyList<SavingsFinding> Findings => SavingsFindings.Of(this);

    private void RequireInDelivery() =>
        SavingsRules.InDelivery.Require(Status == SavingsPlanStatus.InDelivery, "status",
            $"The {Year} plan is closed.");
}
