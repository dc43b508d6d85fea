using Commissioning.Domain;

namespace Workforce.Domain.Forecasts;

public sealed partial class StaffingForecast
{
    private readonly List<OneOffCost> _oneOffs = [];
    private readonly List<OneOffApproval> _approvals = [];
    private readonly List<RecurrentCost> _recurrent = [];

    public IReadOnlyList<OneOffCost> OneOffCosts => _oneOffs;
    public IReadOnlyList<OneOffApproval> Approvals => _approvals;
    public IReadOnlyList<RecurrentCost> RecurrentCosts => _recurrent;
    public PensionCostShare? PensionCostShare { get; private set; }

    /// <summary>Records an approval for a year's one-off costs; a later approval for the year replaces it.</summary>
    public void ApproveOneOffCosts(FinancialYear year, decimal amount, string body, string reference)
    {
        ForecastRules.ApprovalStated.Require(amount > 0 && Money.RoundPence(amount) == amount, "amount",
            "An approval is an amount in whole pence above zero.");
        ForecastRules.ApprovalStated.Require(!string.IsNullOrWhiteSpace(body), "body", "Name the approving body.");
        ForecastRules.ApprovalStated.Require(!string.IsNullOrWhiteSpace(reference), "reference",
            "Give the approval's reference.");
        _approvals.RemoveAll(a => a.Year == year);
        _approvals.Add(new OneOffApproval(year, amount, body.Trim(), reference.Trim()));
    }

    /// <summary>
    /// Rule OneOffWithinApproval (A §1.1 L197, R-FIN-07): a one-off cost is always recorded, and one that
    /// takes the year beyond its approval (or that has none) is flagged with the excess.
    /// </summary>
    public OneOffPosition AddOneOffCost(FinancialYear year, string name, decimal amount)
    {
        ForecastRules.CostNamed.Require(!string.IsNullOrWhiteSpace(name), "name", "Name the cost.");
        ForecastRules.OneOffAmount.Require(amount > 0 && Money.RoundPence(amount) == amount, "amount",
            "A one-off cost is an amount in whole pence above zero.");
        var before = OneOffPositionFor(year);
        _oneOffs.Add(new OneOffCost(year, name.Trim(), amount));
        var after = OneOffPositionFor(year);
        if (after.Flagged && !before.Flagged)
            Raise(new OneOffCostsBeyondApproval(Id, year, after.Approved, after.Total));
        return after;
    }

    public OneOffPosition OneOffPositionFor(FinancialYear year) =>
        new(year, _approvals.FirstOrDefault(a => a.Year == year)?.Amount ?? 0,
            _oneOffs.Where(c => c.Year == year).Sum(c => c.Amount));

    /// <summary>Rule RecurrentAmountOrTbc (A Table 1 "tbc"): an amount above zero, or null for "to be
    /// confirmed".</summary>
    public void AddRecurrentCost(string name, FinancialYear from, decimal? amount)
    {
        ForecastRules.CostNamed.Require(!string.IsNullOrWhiteSpace(name), "name", "Name the cost.");
        RequireRecurrentAmount(amount);
        ForecastRules.CostNamed.Require(Recurrent(name) < 0, "name", $"'{name.Trim()}' is already a recurrent cost.");
        _recurrent.Add(new RecurrentCost(name.Trim(), from, amount));
    }

    public void ConfirmRecurrentCost(string name, decimal amount)
    {
        RequireRecurrentAmount(amount);
        var index = Recurrent(name);
        if (index < 0) throw RuleViolation.NotFound("name", $"'{name}' is not a recurrent cost of this forecast.");
        _recurrent[index] = _recurrent[index] with { Amount = amount };
    }

    /// <summary>The recurrent costs in force in a year: the known sum and the lines still to be confirmed.</summary>
    public (decimal Known, IReadOnlyList<string> ToBeConfirmed) RecurrentFor(FinancialYear year)
    {
        var lines = _recurrent.Where(r => r.From.StartYear <= year.StartYear).ToList();
        return (lines.Sum(r => r.Amount ?? 0), lines.Where(r => r.ToBeConfirmed).Select(r => r.Name).ToList());
    }

    /// <summary>Sets how the bodies share the transfer's extra pension cost (A §4.3 L807: £0.28m 50:50).</summary>
    public void SharePensionCost(decimal? amount, IReadOnlyList<CostShare> shares)
    {
        ForecastRules.RecurrentAmountOrTbc.Require(
            amount is null || (amount > 0 && Money.RoundPence(amount.Value) == amount), "amount",
            "The pension cost is an amount in whole pence above zero, or to be confirmed.");
        ForecastRules.PensionCostShared.Require(shares.Count >= 2, "shares", "A cost share names at least two bodies.");
        ForecastRules.PensionCostShared.Require(shares.All(s => s.Weight > 0), "shares",
            "Each body's share is above zero.");
        var bodies = shares.Select(s => s.EmployerCode).Distinct().Count();
        ForecastRules.PensionCostShared.Require(bodies == shares.Count, "shares", "Each body is named once.");
        PensionCostShare = new PensionCostShare(amount, shares.ToList());
    }

    private int Recurrent(string? name) =>
        _recurrent.FindIndex(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static void RequireRecurrentAmount(decimal? amount) =>
        ForecastRules.RecurrentAmountOrTbc.Require(
            amount is null || (amount > 0 && Money.RoundPence(amount.Value) == amount), "amount",
            "A recurrent cost has an amount above zero, or is to be confirmed; it is never zero.");
}
