using System.Globalization;
using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.BetterCare;

public sealed partial class BetterCareFundPlan
{
    /// <summary>
    /// What disagrees: the stated total against the contributions (BR-16: W's £47.9m against £22.5m + £25.5m
    /// = £48.0m), and the checks submission would refuse, so the partners see them before they sign.
    /// </summary>
    public IReadOnlyList<BetterCareFinding> Findings =>
        [.. Disagreements().Select(broken => new BetterCareFinding(broken.Field, broken.Message))];

    /// <summary>Each finding as the violation of the rule it breaks, which submission raises.</summary>
    private List<RuleViolation> Disagreements()
    {
        var broken = new List<RuleViolation>();
        if (StatedTotal is { } stated && stated != PlanTotal)
            broken.Add(BetterCarePlanRules.StatedTotalIsItsContributions.Broken("statedTotal",
                $"The stated total {Pounds(stated)} is not the contributions' {Pounds(PlanTotal)}."));
        if (MinimumShortfall is > 0)
            broken.Add(BetterCarePlanRules.LocalMinimumMet.Broken("contributions",
                $"The plan is {Pounds(MinimumShortfall.Value)} below the local minimum of "
                + $"{Pounds(LocalMinimum!.Value)} (S:29)."));
        if (CcgContribution < CcgTransferRequired)
            broken.Add(BetterCarePlanRules.CcgTransfersThreePercent.Broken("contributions", $"The CCG contributes "
                + $"{Pounds(CcgContribution)}, less than 3% of its {Pounds(CcgBudget)} budget "
                + $"({Pounds(CcgTransferRequired)}, S:22)."));
        broken.AddRange(_conditions.Where(c => !c.Met).Select(c =>
            BetterCarePlanRules.NationalConditionsMet.Broken("conditions", $"National condition not met: {c.Name}.")));
        return broken;
    }

    public void SignOff(Guid bodyId, DateOnly on, string by)
    {
        RequireDraft();
        BetterCarePlanRules.SignedOffOncePerPartner.Require(_partnerBodyIds.Contains(bodyId), "bodyId",
            "Only a partner of the fund signs it off.");
        BetterCarePlanRules.SignedOffOncePerPartner.Require(_signOffs.All(s => s.BodyId != bodyId), "bodyId",
            "That partner has signed it off.");
        _signOffs.Add(new PartnerSignOff(bodyId, on, Amounts.Text(by, "signedBy")));
    }

    /// <summary>
    /// Submission (S:30): the local minimum stated and met, no finding left, every partner signed off.
    /// </summary>
    public void Submit(DateOnly on)
    {
        RequireDraft();
        BetterCarePlanRules.LocalMinimumStated.Require(LocalMinimum is not null, "localMinimum",
            "State the local minimum DH and DCLG set before submitting (S:29).");
        if (Disagreements().FirstOrDefault() is { } disagreement) throw disagreement;
        var unsigned = _partnerBodyIds.Where(b => _signOffs.All(s => s.BodyId != b)).ToList();
        if (unsigned.Count > 0) throw BetterCarePlanRules.SignedOffByEveryPartner.Broken("signOffs",
            $"Every partner signs the plan off first; missing {string.Join(", ", unsigned)}.");
        BetterCarePlanRules.SubmittedAfterItsSignOffs.Require(_signOffs.All(s => s.SignedOn <= on), "submittedOn",
            "Submission follows the sign-offs.");
        SubmittedOn = on;
    }

    private void RequireDraft() =>
        BetterCarePlanRules.SubmittedOnce.Require(SubmittedOn is null, "submittedOn", "The plan has been submitted.");

    private static string Pounds(decimal amount) => amount.ToString("£#,##0.##", CultureInfo.InvariantCulture);
}
