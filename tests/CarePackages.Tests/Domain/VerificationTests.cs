using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Domain.Costing;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class VerificationTests
{
    private static readonly BenchmarkBand HomeCareBand = new(230m, 280m);

    private static (SupportPlan plan, PlanVerification verification) Opened(decimal hourlyRate = 18.50m, decimal hours = 14m)
    {
        var plan = SubmittedPlan(hourlyRate, hours);
        var verification = PlanVerification.Open(plan, Verifier, Today);
        verification.CheckCost(plan, plan.CostLines[0].Id, hourlyRate, new BenchmarkBand(0m, 10_000m));
        verification.SetFunding(JointSplit());
        return (plan, verification);
    }

    [Fact]
    public void A_cost_above_the_contracted_rate_is_explained_with_its_arithmetic()
    {
        var plan = SubmittedPlan(19.50m, 14m);
        var check = PlanVerification.Open(plan, Verifier, Today).CheckCost(plan, plan.CostLines[0].Id, 18.00m, HomeCareBand);

        Assert.Equal(273.00m, check.Amount);            // 19.50 × 14
        Assert.Equal(252.00m, check.ContractedAmount);  // 18.00 × 14
        Assert.Equal(1.50m, check.DifferencePerUnit);
        Assert.Equal(21.00m, check.Difference);
        Assert.Equal(8.33m, check.DifferencePercent);   // 1.50 ÷ 18.00
        Assert.Equal(BandPosition.Within, check.Position);
        Assert.True(check.NeedsJustification);
        Assert.Equal("£19.50 an hour × 14.00 a week = £273.00 a week. £1.50 an hour (8.33%) above the contracted rate of £18.00, " +
                     "£21.00 a week more. Benchmark £230.00–£280.00 a week: within.", check.Explanation);
    }

    [Fact]
    public void A_spot_price_above_the_benchmark_band_needs_justifying()
    {
        var plan = SubmittedPlan(21.00m, 14m); // £294 a week
        var check = PlanVerification.Open(plan, Verifier, Today).CheckCost(plan, plan.CostLines[0].Id, null, HomeCareBand);
        Assert.Null(check.Difference);
        Assert.Equal(BandPosition.Above, check.Position);
        Assert.True(check.NeedsJustification);
        Assert.Contains("No contracted rate: spot price.", check.Explanation);
    }

    [Fact]
    public void Agreeing_publishes_the_commitment_split_to_the_penny_per_budget_line()
    {
        var (plan, verification) = Opened();
        verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today);

        Assert.Equal(VerificationStatus.Agreed, verification.Status);
        Assert.Equal(SupportPlanStatus.Agreed, plan.Status);
        var agreed = Assert.Single(verification.DomainEvents.OfType<FundingAgreed>());
        Assert.Equal(259.00m, agreed.WeeklyCost);
        Assert.Equal("2018/19", agreed.FinancialYear);
        // 3 April 2018 to 31 March 2019 is 363 days: 259.00 × 363 ÷ 7 = 13,431.00, split 75/25.
        Assert.Equal([194.25m, 64.75m], agreed.Commitments.Select(c => c.WeeklyAmount));
        Assert.Equal([10_073.25m, 3_357.75m], agreed.Commitments.Select(c => c.YearCommitment));
        Assert.Empty(verification.DomainEvents.OfType<ForecastOverspendSignalled>());
    }

    // A risk 9 (§1.24 L531): budget pressure never changes eligibility; it raises a forecast overspend.
    [Fact]
    public void Budget_pressure_raises_a_forecast_overspend_and_changes_no_outcome()
    {
        var (plan, verification) = Opened();
        IReadOnlyList<BudgetHeadroom> tight = [new(PooledFund, "ASC-HOMECARE", 10_000m), new(PooledFund, "CHC-JOINT", 50_000_000m)];
        verification.Agree(plan, Verifier, Authority, tight, Today);

        Assert.Equal(VerificationStatus.Agreed, verification.Status);
        var signal = Assert.Single(verification.DomainEvents.OfType<ForecastOverspendSignalled>());
        Assert.Equal("ASC-HOMECARE", signal.BudgetLineCode);
        Assert.Equal(10_073.25m, signal.Commitment);
        Assert.Equal(73.25m, signal.Overspend);
        Assert.Equal((10_000m, Today), (signal.Headroom, signal.SignalledOn));
        Assert.DoesNotContain(Enum.GetNames<DeclineReason>(), n => n.Contains("Budget", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void At_the_delegated_limit_a_verifier_agrees()
    {
        var (plan, verification) = Opened(25.00m, 40m); // exactly £1,000.00 a week
        verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today);
        Assert.Equal(VerificationStatus.Agreed, verification.Status);
    }

    [Fact]
    public void Above_the_limit_a_verifier_is_refused_and_nothing_changes_until_a_senior_verifier_agrees()
    {
        var (plan, verification) = Opened(18.50m, 60m); // £1,110.00 a week
        var violation = Violation(() => verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today));
        Assert.Equal(ViolationKind.Forbidden, violation.Kind);
        Assert.Equal(("weeklyCost", VerificationRules.WithinDelegatedAuthority), violation.Named());
        Assert.Equal(VerificationStatus.Open, verification.Status);
        Assert.Equal(SupportPlanStatus.SubmittedForVerification, plan.Status);
        Assert.Empty(verification.DomainEvents);

        verification.Agree(plan, SeniorVerifier, Authority, AmpleHeadroom(), Today);
        Assert.Equal(SeniorVerifier.UserId, verification.DecidedByUserId);
    }

    [Fact]
    public void A_provider_user_cannot_verify() =>
        Assert.Equal(ViolationKind.Forbidden, Violation(() => PlanVerification.Open(SubmittedPlan(), QualityReviewer, Today)).Kind);

    [Fact]
    public void Every_line_is_checked_and_every_excess_justified_before_agreement()
    {
        var plan = SubmittedPlan(19.50m, 14m);
        var verification = PlanVerification.Open(plan, Verifier, Today);
        verification.SetFunding(JointSplit());
        Assert.Equal(("costChecks", VerificationRules.CostChecked), Violation(() => verification.Agree(plan, Verifier,
            Authority, AmpleHeadroom(), Today)).Named());

        verification.CheckCost(plan, plan.CostLines[0].Id, 18.00m, HomeCareBand);
        Assert.Equal(("justification", VerificationRules.CostAboveRateJustified),
            Violation(() => verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today)).Named());

        verification.Justify(plan.CostLines[0].Id, "Only provider with a carer who speaks Welsh in this locality.");
        verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today);
        Assert.Equal(VerificationStatus.Agreed, verification.Status);
    }

    [Fact]
    public void Missing_headroom_for_a_budget_line_is_refused_and_writes_nothing()
    {
        var (plan, verification) = Opened();
        var violation = Violation(() => verification.Agree(plan, Verifier, Authority, [new(PooledFund, "ASC-HOMECARE", 1m)], Today));
        Assert.Equal(("budgetHeadroom", VerificationRules.HeadroomGiven), violation.Named());
        Assert.Equal(VerificationStatus.Open, verification.Status);
        Assert.Empty(verification.DomainEvents);
    }

    [Fact]
    public void Returned_with_reasons_the_plan_goes_back_to_draft()
    {
        var (plan, verification) = Opened();
        Assert.Equal(("reasons", VerificationRules.DecisionExplained), Violation(() => verification.Return(plan,
            Verifier, [], "Fix it", Today)).Named());
        verification.Return(plan, Verifier, [ReturnReason.CostNotEvidenced], "Show why 14 hours are needed.", Today);

        Assert.Equal(VerificationStatus.Returned, verification.Status);
        Assert.Equal(SupportPlanStatus.Draft, plan.Status);
        Assert.Equal([ReturnReason.CostNotEvidenced], verification.DomainEvents.OfType<SupportPlanReturned>().Single().Reasons);
        Assert.Equal(("status", VerificationRules.VerificationUndecided), Violation(() => verification.Agree(plan,
            Verifier, Authority, AmpleHeadroom(), Today)).Named());
    }

    [Fact]
    public void Declined_the_plan_is_closed_with_the_reason()
    {
        var (plan, verification) = Opened();
        verification.Decline(plan, Verifier, DeclineReason.FullyNhsFunded, "CHC eligible from the DST.", Today);
        Assert.Equal(SupportPlanStatus.Declined, plan.Status);
        Assert.Equal(DeclineReason.FullyNhsFunded, verification.DeclineReason);
    }

    [Fact]
    public void Statutory_needs_must_all_be_addressed()
    {
        var assessmentWithTwo = CompletedAssessment(Adult(), needs: 2);
        var twoNeeds = SupportPlan.Draft(assessmentWithTwo, Practitioner, Today, CwpDelegation);
        twoNeeds.AddLine(18.50m, CostFrequency.Hourly, 14m);
        twoNeeds.PassQualityAssurance(QualityReviewer, Today);
        twoNeeds.SubmitForVerification(Practitioner, Today);
        var verification = PlanVerification.Open(twoNeeds, Verifier, Today);
        verification.CheckCost(twoNeeds, twoNeeds.CostLines[0].Id, 18.50m, HomeCareBand);
        verification.SetFunding(JointSplit());

        var violation = Violation(() => verification.Agree(twoNeeds, Verifier, Authority, AmpleHeadroom(), Today));
        Assert.Equal(("needs", VerificationRules.StatutoryNeedsAddressed), violation.Named());
        Assert.Contains("Help with personal care 2", violation.Message);
        Assert.Equal(SupportPlanStatus.SubmittedForVerification, twoNeeds.Status);
    }
}
