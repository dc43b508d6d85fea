using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Packages;

/// <summary>
/// Rule ChargingStaysWithTheCouncil (A §5.26 L1360; B R-CPB-07): financial assessment for care charges, income
/// collection and debt recovery are the council's, never the delivering organisation's, even where assessment and
/// care planning are delegated to it (CWP under the s75). When a package goes live a financial assessment falls due
/// for the council; only council staff record its outcome.
/// </summary>
public sealed partial class CarePackage
{
    /// <summary>Due from the package's start until the council records it (absent on packages stored before the
    /// rule, which the council assesses outside the platform).</summary>
    public FinancialAssessment? FinancialAssessment { get; private set; }

    private void RequestFinancialAssessment(DateOnly on)
    {
        FinancialAssessment = new FinancialAssessment(on);
        Raise(new FinancialAssessmentRequested(Id, Person, on));
    }

    public void RecordFinancialAssessment(Actor actor, ChargingOutcome outcome, decimal? weeklyContribution,
        DateOnly assessedOn)
    {
        if (!actor.IsCouncil)
            throw ChargingRules.ChargingStaysWithTheCouncil.Broken("financialAssessment",
                "Financial assessment, charging and income collection stay with the council (A §5.26).");
        var due = FinancialAssessment is { IsDue: true } assessment ? assessment
            : throw ChargingRules.FinancialAssessmentDue.Broken("financialAssessment",
                "No financial assessment is due on this package.");
        ChargingRules.ChargingOutcomeStated.Require(Enum.IsDefined(outcome), "outcome", "Not a charging outcome.");
        ChargingRules.ChargingOutcomeStated.Require(assessedOn >= due.RequestedOn, "assessedOn",
            "The assessment follows the package's start.");
        ChargingRules.ChargingOutcomeStated.Require(
            (outcome == ChargingOutcome.Contribution) == (weeklyContribution is not null),
            "weeklyContribution", "A weekly contribution is given with a contribution outcome, and only then.");
        ChargingRules.ChargingOutcomeStated.Require(
            weeklyContribution is not { } weekly || (weekly > 0m && weekly <= PersonalBudgetWeekly),
            "weeklyContribution",
            $"A contribution is above £0 and at most the weekly budget (£{PersonalBudgetWeekly}).");
        FinancialAssessment = due with
        {
            Outcome = outcome, WeeklyContribution = weeklyContribution, AssessedOn = assessedOn,
            AssessedBy = actor.UserId,
        };
        Raise(new FinancialAssessmentRecorded(Id, Person, assessedOn, outcome, weeklyContribution));
    }
}

/// <summary>The council's financial assessment of a live package: due from the start, then its outcome.</summary>
public sealed record FinancialAssessment(DateOnly RequestedOn, ChargingOutcome? Outcome = null,
    decimal? WeeklyContribution = null, DateOnly? AssessedOn = null, Guid? AssessedBy = null)
{
    public bool IsDue => Outcome is null;
}

/// <summary>What the person pays towards their care: nothing, a weekly contribution, or the full cost.</summary>
public enum ChargingOutcome { NoCharge, Contribution, FullCost }
