using Commissioning.Domain;
using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Providers;

namespace Contracts.Tests.Domain;

public class ContractAwardTests
{
    private static CommissioningContract Award(ContractTerms terms, Provider provider, DueDiligenceAssessment? dd = null, DateOnly? on = null) =>
        CommissioningContract.Award(terms, provider, dd ?? Seeds.SignedOffDueDiligence(provider.Id),
            Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), [.. terms.Commissioners]), on ?? Seeds.S75AwardedOn,
            Seeds.Signatories);

    [Fact]
    public void As_s75_delegation_is_awarded_directly_to_CWP_and_publishes_its_commitments_A_L768_L784()
    {
        var provider = Seeds.CwpTrust();

        var contract = Award(Seeds.AllAgeDisabilityS75(), provider);

        Assert.Equal(5_190_000m, contract.AnnualValueOn(Seeds.S75Start));
        Assert.Equal((Seeds.S75Start, Seeds.S75End), (contract.StartsOn, contract.EndsOn));
        Assert.Equal(ProcurementRoute.DirectAward, contract.Route);
        Assert.Equal("RXA", contract.ProviderOdsCode);
        var e = Assert.IsType<ContractAwarded>(Assert.Single(contract.DomainEvents));
        Assert.Equal((ContractType.Section75Delegation, 5_190_000m, FundingPot.A), (e.Type, e.AnnualValue, e.Pot));
        Assert.Equal(4, e.Commitments.Count);
        Assert.All(e.Commitments, c => Assert.Equal(5_190_000m, c.Amount));
    }

    [Fact]
    public void An_award_without_signed_off_due_diligence_is_refused_P_L805_L817()
    {
        var provider = Seeds.CwpTrust();
        var dd = DueDiligenceAssessment.Start(provider.Id, new DateOnly(2017, 10, 2));
        dd.Assess(DueDiligenceArea.DataProtection, EvaluationFunction.LegalServices, "Solicitor", AreaOutcome.Satisfactory, new DateOnly(2017, 11, 1));

        var violation = Violations.Expect(ViolationKind.Precondition, "dueDiligenceId", () => Award(Seeds.AllAgeDisabilityS75(), provider, dd));

        Assert.Contains(nameof(DueDiligenceArea.BusinessCapability), violation.Message);
    }

    [Fact]
    public void Due_diligence_on_another_provider_or_signed_off_after_the_award_does_not_count()
    {
        var provider = Seeds.CwpTrust();

        Violations.Expect(ViolationKind.Precondition, "dueDiligenceId",
            () => Award(Seeds.AllAgeDisabilityS75(), provider, Seeds.SignedOffDueDiligence(Guid.NewGuid())));
        Violations.Expect(ViolationKind.Precondition, "dueDiligenceId",
            () => Award(Seeds.AllAgeDisabilityS75() with { StartsOn = new DateOnly(2017, 12, 1), Phases = [] }, provider, on: new DateOnly(2017, 12, 1)));
    }

    [Fact]
    public void A_prescribed_NHS_service_must_use_the_NHS_Standard_Contract_P_L438()
    {
        var provider = Seeds.CwpTrust();
        var terms = Seeds.AllAgeDisabilityS75() with
        {
            Type = ContractType.LocalAuthorityContract, PrescribedNhsService = true, DelegatedFunctions = [],
            // Led by the CCG; the council is party too, so its due-diligence sign-off serves (P:L817).
            Commissioners = [Seeds.WirralCcg, Seeds.WirralCouncil], LeadCommissioner = Seeds.WirralCcg,
        };

        Violations.Expect(ViolationKind.Invalid, "contractType", () => Award(terms, provider));
        var contract = Award(terms with { Type = ContractType.NhsStandardContract }, provider);
        Assert.Equal(ContractType.NhsStandardContract, contract.Type);
    }

    [Fact]
    public void A_direct_award_must_record_its_exemption_P_L937()
    {
        Violations.Expect(ViolationKind.Invalid, "procurementExemption",
            () => Award(Seeds.AllAgeDisabilityS75() with { ProcurementExemption = " " }, Seeds.CwpTrust()));
    }

    [Theory]
    [InlineData(StatutoryFunction.FinancialAssessmentForCharging)] // A L1360
    [InlineData(StatutoryFunction.DebtRecovery)] // A L1360
    [InlineData(StatutoryFunction.PrincipalSocialWorker)] // A L1419
    [InlineData(StatutoryFunction.ChildProtection)] // A L416
    [InlineData(StatutoryFunction.StatutoryReturns)] // P:L845
    public void The_council_cannot_delegate_what_it_must_retain(StatutoryFunction retained)
    {
        var terms = Seeds.AllAgeDisabilityS75() with { DelegatedFunctions = [StatutoryFunction.CareAndSupportAssessment, retained] };

        var violation = Violations.Expect(ViolationKind.Invalid, "delegatedFunctions", () => Award(terms, Seeds.CwpTrust()));

        Assert.Contains(retained.ToString(), violation.Message);
    }

    [Fact]
    public void Only_a_Section_75_delegation_carries_delegated_functions_and_it_must_name_them()
    {
        Violations.Expect(ViolationKind.Invalid, "delegatedFunctions",
            () => Award(Seeds.AllAgeDisabilityS75() with { DelegatedFunctions = [] }, Seeds.CwpTrust()));
        Violations.Expect(ViolationKind.Invalid, "delegatedFunctions",
            () => Award(Seeds.AllAgeDisabilityS75() with { Type = ContractType.LocalAuthorityContract }, Seeds.CwpTrust()));
    }

    [Fact]
    public void A_Section_75_arrangement_is_with_an_NHS_body()
    {
        var careHome = Seeds.CareHome();

        Violations.Expect(ViolationKind.Invalid, "contractType", () => Award(Seeds.AllAgeDisabilityS75(), careHome));
    }

    [Fact]
    public void A_provider_that_does_not_pay_the_living_wage_is_not_awarded_P_L263()
    {
        var provider = Seeds.CwpTrust();
        provider.RecordLivingWage(LivingWageStatus.NotPaid, new DateOnly(2018, 1, 1));

        Violations.Expect(ViolationKind.Precondition, "livingWage", () => Award(Seeds.AllAgeDisabilityS75(), provider));
    }

    [Fact]
    public void A_suspended_provider_is_not_awarded()
    {
        var provider = Seeds.CwpTrust();
        provider.Suspend("Under investigation", new DateOnly(2018, 1, 1));

        Violations.Expect(ViolationKind.Precondition, "providerId", () => Award(Seeds.AllAgeDisabilityS75(), provider));
    }

    [Fact]
    public void Every_commissioner_must_approve_a_joint_award_W_L714()
    {
        var provider = Seeds.CwpTrust();
        var terms = Seeds.AllAgeDisabilityS75() with { Commissioners = [Seeds.WirralCouncil, Seeds.WirralCcg] };

        var violation = Violations.Expect(ViolationKind.Precondition, "approvals", () => CommissioningContract.Award(
            terms, provider, Seeds.SignedOffDueDiligence(provider.Id),
            Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), Seeds.WirralCouncil), Seeds.S75AwardedOn, Seeds.Signatories));

        Assert.Contains(Seeds.WirralCcg, violation.Message);
    }

    [Fact]
    public void The_award_comes_no_later_than_the_start_S_L118()
    {
        Violations.Expect(ViolationKind.Invalid, "awardedOn",
            () => Award(Seeds.AllAgeDisabilityS75(), Seeds.CwpTrust(), on: new DateOnly(2018, 4, 2)));
    }

    [Fact]
    public void The_lead_commissioner_is_one_of_the_commissioners()
    {
        Violations.Expect(ViolationKind.Invalid, "leadCommissioner",
            () => Award(Seeds.AllAgeDisabilityS75() with { LeadCommissioner = Seeds.WirralCcg }, Seeds.CwpTrust()));
    }

    [Theory]
    [InlineData(0, "annualValue")]
    [InlineData(-5_190_000, "annualValue")]
    [InlineData(5_190_000.001, "annualValue")]
    public void The_value_is_positive_pounds_and_pence(decimal value, string field)
    {
        Violations.Expect(ViolationKind.Invalid, field, () => Award(Seeds.AllAgeDisabilityS75() with { AnnualValue = value }, Seeds.CwpTrust()));
    }

    [Fact]
    public void The_term_cannot_end_before_it_starts_and_notice_is_bounded()
    {
        Violations.Expect(ViolationKind.Invalid, "endsOn", () => Award(Seeds.AllAgeDisabilityS75() with { EndsOn = new DateOnly(2018, 3, 31) }, Seeds.CwpTrust()));
        Violations.Expect(ViolationKind.Invalid, "noticeMonths", () => Award(Seeds.AllAgeDisabilityS75() with { NoticeMonths = 0 }, Seeds.CwpTrust()));
    }

    [Fact]
    public void A_QIPP_target_must_fall_in_the_term_and_within_the_years_value_W_L428()
    {
        // W:428: the CCG's 2016/17 QIPP target was £8.8m. Held against a £5.19m-a-year contract it is more than the year is worth.
        var terms = Seeds.AllAgeDisabilityS75();

        Violations.Expect(ViolationKind.Invalid, "qippTargets", () => Award(terms with { QippTargets = [new QippTarget(new FinancialYear(2018), 8_800_000m)] }, Seeds.CwpTrust()));
        Violations.Expect(ViolationKind.Invalid, "qippTargets", () => Award(terms with { QippTargets = [new QippTarget(new FinancialYear(2016), 100_000m)] }, Seeds.CwpTrust()));
        var contract = Award(terms with { QippTargets = [new QippTarget(new FinancialYear(2019), 259_500m)] }, Seeds.CwpTrust());
        Assert.Single(contract.QippTargets);
    }

    [Fact]
    public void Provider_risk_share_is_a_capped_percentage_of_the_variance()
    {
        // Illustrative terms: the documents ask for provider risk share (W:428) but give no percentages.
        var share = new ProviderRiskShare(25m, 500_000m);
        var contract = Award(Seeds.AllAgeDisabilityS75() with { ProviderRiskShare = share }, Seeds.CwpTrust());

        Assert.Equal(300_000m, contract.ProviderRiskShare!.ProviderShareOf(1_200_000m));
        Assert.Equal(-500_000m, contract.ProviderRiskShare.ProviderShareOf(-4_000_000m));
        Violations.Expect(ViolationKind.Invalid, "providerRiskShare",
            () => Award(Seeds.AllAgeDisabilityS75() with { ProviderRiskShare = new ProviderRiskShare(120m, null) }, Seeds.CwpTrust()));
    }
}
