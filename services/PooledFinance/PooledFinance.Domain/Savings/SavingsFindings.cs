using System.Globalization;

namespace PooledFinance.Domain.Savings;

/// <summary>The plan's own identities, each reported where it fails (W §8 items 6 and 7).</summary>
public static class SavingsFindings
{
    public static IReadOnlyList<SavingsFinding> Of(SavingsPlan plan)
    {
        var findings = new List<SavingsFinding>();
        if (plan.StatedPercentage is { } stated && stated != plan.PercentageOfBudget)
            findings.Add(new("statedPercentage", $"{Pounds(plan.Requirement)} is {plan.PercentageOfBudget}% of "
                + $"{Pounds(plan.BudgetBase)}, not the stated {stated}%: which budget is the percentage of?"));
        if (plan.YetToBeIdentified is { } rest && plan.RecurrentIdentified + rest != plan.Requirement)
            findings.Add(new("yetToBeIdentified", $"{Pounds(plan.RecurrentIdentified)} identified and {Pounds(rest)} "
                + $"yet to be identified make {Pounds(plan.RecurrentIdentified + rest)}, not the requirement of "
                + $"{Pounds(plan.Requirement)}."));
        return findings;
    }

    private static string Pounds(decimal amount) => amount.ToString("£#,##0.##", CultureInfo.InvariantCulture);
}
