using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.Packages;
using CarePackages.Domain.People;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Domain.Costing;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class CarePackageTests
{
    private static readonly DateOnly Start = Today; // 3 April 2018

    private static SupportPlan AgreedPlan(Person? person = null, params (decimal cost, CostFrequency frequency)[] lines)
    {
        var plan = DraftPlan(person);
        foreach (var (cost, frequency) in lines.DefaultIfEmpty((500m, CostFrequency.Weekly))) plan.AddLine(cost, frequency);
        plan.PassQualityAssurance(QualityReviewer, Today);
        plan.SubmitForVerification(Practitioner, Today);
        var verification = PlanVerification.Open(plan, Verifier, Today);
        foreach (var line in plan.CostLines) verification.CheckCost(plan, line.Id, line.Cost.UnitCost, new BenchmarkBand(0m, 10_000m));
        verification.SetFunding(JointSplit());
        verification.Agree(plan, Verifier, Authority, AmpleHeadroom(), Today);
        return plan;
    }

    private static CarePackage Live(SupportPlan? plan = null, Cohort cohort = Cohort.Adults)
    {
        plan ??= AgreedPlan();
        return CarePackage.Start(plan, JointSplit(), cohort, Start,
            plan.CostLines.Select(l => new LineArrangement(l.Id, DeliveryMechanism.CouncilCommissionedSupport, Cwp)).ToArray());
    }

    [Fact]
    public void Only_an_agreed_plan_goes_live_and_the_start_commits_weekly_amounts()
    {
        Assert.Equal(("supportPlanId", PackageRules.FromAnAgreedPlan),
            Violation(() => CarePackage.Start(SubmittedPlan(), JointSplit(), Cohort.Adults, Start, [])).Named());
        var package = Live();
        var started = Assert.Single(package.DomainEvents.OfType<PackageStarted>());
        Assert.Equal(500m, started.PersonalBudgetWeekly);
        Assert.Equal([375m, 125m], started.WeeklyCommitments.Select(c => c.Amount)); // 75/25
    }

    [Fact]
    public void A_back_dated_weekly_rate_change_adds_an_adjustment_and_edits_nothing()
    {
        var package = Live();
        var line = package.Lines[0];
        // £500 → £535 a week from 3 April, recorded 1 May: 28 days already committed = 4 weeks × £35.
        var adjustment = package.ChangeCost(line.Id, CostBasis.Create(535m, CostFrequency.Weekly), Start, new DateOnly(2018, 5, 1), "Fee uplift 2018/19");

        Assert.NotNull(adjustment);
        Assert.Equal(140.00m, adjustment.Amount);
        Assert.Equal((Start, new DateOnly(2018, 4, 30)), (adjustment.From, adjustment.To));
        Assert.Equal([500m, 535m], line.Versions.Select(v => v.Cost.UnitCost));
        Assert.Equal(535m, package.PersonalBudgetWeekly);
        var raised = package.DomainEvents.OfType<CostAdjustmentRaised>().Single();
        Assert.Equal([105.00m, 35.00m], raised.Split.Select(s => s.Amount));
    }

    [Fact]
    public void A_part_week_back_dating_is_pro_rata_by_day()
    {
        var package = Live();
        // Effective 20 April, recorded 30 April: 10 days × £35 ÷ 7 = £50.00.
        var adjustment = package.ChangeCost(package.Lines[0].Id, CostBasis.Create(535m, CostFrequency.Weekly),
            new DateOnly(2018, 4, 20), new DateOnly(2018, 4, 30), "Additional night check");
        Assert.Equal(50.00m, adjustment!.Amount);
    }

    [Fact]
    public void Back_dating_across_an_earlier_change_adjusts_each_stretch_against_what_was_in_force()
    {
        var package = Live();
        var id = package.Lines[0].Id;
        Assert.Null(package.ChangeCost(id, CostBasis.Create(535m, CostFrequency.Weekly), new DateOnly(2018, 4, 17), new DateOnly(2018, 4, 17), "Uplift"));
        // £550 from 3 April recorded 1 May: 14 days at £500 (+£100) and 14 days at £535 (+£30).
        var adjustment = package.ChangeCost(id, CostBasis.Create(550m, CostFrequency.Weekly), Start, new DateOnly(2018, 5, 1), "Corrected rate");
        Assert.Equal(130.00m, adjustment!.Amount);
        Assert.Equal([1, 2, 3], package.Lines[0].Versions.Select(v => v.Number));
        Assert.Equal(550m, package.Lines[0].VersionOn(new DateOnly(2018, 4, 20)).Cost.UnitCost);
    }

    [Fact]
    public void A_change_before_the_line_started_is_refused_and_writes_nothing()
    {
        var package = Live();
        var violation = Violation(() => package.ChangeCost(package.Lines[0].Id, CostBasis.Create(535m, CostFrequency.Weekly),
            Start.AddDays(-1), Start, "Too early"));
        Assert.Equal(("effectiveFrom", PackageRules.CostChangeDated), violation.Named());
        Assert.Single(package.Lines[0].Versions);
        Assert.Empty(package.Adjustments);
    }

    [Fact]
    public void Reviews_suspension_and_end_each_raise_an_event()
    {
        var package = Live();
        package.RecordReview(new DateOnly(2018, 7, 3), ReviewReason.Planned, ReviewMethod.ServiceUserAndCarer, "Outcomes met");
        Assert.Equal(new DateOnly(2019, 7, 3), package.NextReviewDue);
        package.Suspend(new DateOnly(2018, 8, 1), "Admitted to hospital");
        Assert.Equal(PackageStatus.Suspended, package.Status);
        package.Resume(new DateOnly(2018, 8, 10));
        package.End(new DateOnly(2018, 9, 30), EndReason.SupportEndedAsPlanned);

        var ended = package.DomainEvents.OfType<PackageEnded>().Single();
        Assert.Equal([375m, 125m], ended.ReleasedWeeklyCommitments.Select(c => c.Amount));
        // 30 September to 31 March 2019 is 182 days: £500.00 × 182 ÷ 7 = £13,000.00 unused, split 75/25.
        Assert.Equal([9_750.00m, 3_250.00m], ended.ReleasedThisYear.Select(c => c.Amount));
        Assert.Equal(new DateOnly(2018, 8, 10), Assert.Single(package.Suspensions).Until);
        // A §5.26 L1360: going live also owes the council a financial assessment.
        Assert.Equal(["PackageStarted", "FinancialAssessmentRequested", "PackageReviewed", "PackageSuspended",
            "PackageResumed", "PackageEnded"], package.DomainEvents.Select(e => e.GetType().Name));
        Assert.Equal(("status", PackageRules.SuspendedWhileActive), Violation(() => package.Suspend(new DateOnly(2018,
            10, 1), "After end")).Named());
    }

    [Fact]
    public void A_direct_payment_goes_to_the_person_and_counts_in_the_personal_budget()
    {
        var plan = AgreedPlan(null, (259m, CostFrequency.Weekly), (1300m, CostFrequency.Monthly));
        Assert.Equal("providerId", Violation(() => CarePackage.Start(plan, JointSplit(), Cohort.Adults, Start,
            [new(plan.CostLines[0].Id, DeliveryMechanism.DirectPayment, Cwp), new(plan.CostLines[1].Id, DeliveryMechanism.CouncilCommissionedSupport, Cwp)])).Field);

        var package = CarePackage.Start(plan, JointSplit(), Cohort.Adults, Start,
            [new(plan.CostLines[0].Id, DeliveryMechanism.DirectPayment, null), new(plan.CostLines[1].Id, DeliveryMechanism.CouncilCommissionedSupport, Cwp)]);
        Assert.Equal(559m, package.PersonalBudgetWeekly); // 259 + 1300 × 12 ÷ 52
        Assert.Equal(259m, package.DirectPaymentWeekly);
    }

    [Fact]
    public void The_brokered_price_replaces_the_plans_estimate()
    {
        var plan = AgreedPlan();
        var package = CarePackage.Start(plan, JointSplit(), Cohort.Adults, Start,
            [new(plan.CostLines[0].Id, DeliveryMechanism.CouncilCommissionedSupport, Cwp, CostBasis.Create(485m, CostFrequency.Weekly))]);
        Assert.Equal(485m, package.PersonalBudgetWeekly);
    }

    // A §5.19.3 L1255: end the cliff-edge at 18.
    [Fact]
    public void At_18_the_same_package_and_referral_continue_into_adult_services()
    {
        var young = Person.Register("9434765870", "Ash", "Jones", new DateOnly(2000, 5, 10), Today, Key);
        var referral = Referral.Receive(young, RouteOfAccess.CommunityOrOther, Today);
        Assert.Equal(Cohort.Children, referral.Cohort);
        var package = Live(AgreedPlan(young), Cohort.Children);

        Assert.Equal("transitionDate", Violation(() => package.ContinueIntoAdultServices(young, new DateOnly(2018, 5, 9))).Field);
        package.ContinueIntoAdultServices(young, new DateOnly(2018, 5, 10));
        referral.ContinueIntoAdultServices(young, new DateOnly(2018, 5, 10));

        Assert.Equal(Cohort.Adults, package.Cohort);
        Assert.Equal(Cohort.Adults, referral.Cohort);
        Assert.Equal(RouteOfAccess.PlannedEntryTransition, referral.RouteOfAccess);
        Assert.Equal(ReferralStatus.Open, referral.Status);
        Assert.Single(package.DomainEvents.OfType<PackageTransitionedToAdultServices>());
        Assert.Equal(500m, package.PersonalBudgetWeekly);
    }

    [Fact]
    public void A_package_ending_after_its_first_financial_year_releases_nothing_from_that_year()
    {
        var package = Live();
        package.End(new DateOnly(2019, 5, 31), EndReason.SupportEndedAsPlanned);
        Assert.Empty(package.DomainEvents.OfType<PackageEnded>().Single().ReleasedThisYear);
    }

    [Fact]
    public void A_package_ending_on_31_march_releases_nothing()
    {
        var package = Live();
        package.End(new DateOnly(2019, 3, 31), EndReason.SupportEndedAsPlanned);
        Assert.Empty(package.DomainEvents.OfType<PackageEnded>().Single().ReleasedThisYear);
    }
}
