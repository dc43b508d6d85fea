using Commissioning.Domain;
using Contracts.Domain.Agreements;

namespace Contracts.Tests.Domain;

public class ContractChangeTests
{
    private static readonly DateOnly Year2 = new(2019, 4, 1);
    private readonly CommissioningContract _contract = Seeds.AwardedS75();

    private static IReadOnlyCollection<Approval> Council(DateOnly on) => Seeds.ApprovalsOf(on, Seeds.WirralCouncil);

    [Fact]
    public void A_pay_award_variation_lifts_the_value_from_year_two_A_L813()
    {
        // A Table 1 / L813: the 1% pay award is about £0.05m, so 5.19 + 0.05 = £5.24m from 2019/20.
        _contract.Vary(new VariationRequest("1% pay award", Year2, 50_000m, null, Council(Year2)));

        Assert.Equal(5_190_000m, _contract.ValueIn(new FinancialYear(2018)));
        Assert.Equal(5_240_000m, _contract.ValueIn(new FinancialYear(2019)));
        Assert.Equal(5_190_000m + 3 * 5_240_000m, _contract.TotalValue);
        var e = Assert.IsType<ContractVaried>(Assert.Single(_contract.DomainEvents));
        Assert.Equal((1, 5_240_000m), (e.VariationNumber, e.AnnualValue));
        Assert.Equal(5_240_000m, e.Commitments.Single(c => c.Year.StartYear == 2019).Amount);
    }

    [Fact]
    public void A_mid_year_variation_is_pro_rata_across_the_year()
    {
        // 1 April to 30 September 2019 and 1 October 2019 to 31 March 2020 are 183 days each of 366.
        _contract.Vary(new VariationRequest("Pay award from October", new DateOnly(2019, 10, 1), 50_000m, null, Council(Year2)));

        Assert.Equal(5_215_000m, _contract.ValueIn(new FinancialYear(2019)));
    }

    [Fact]
    public void A_variation_that_makes_the_value_negative_is_refused_and_changes_nothing()
    {
        Violations.Expect(ViolationKind.Invalid, "annualValueChange",
            () => _contract.Vary(new VariationRequest("Cut", Year2, -6_000_000m, null, Council(Year2))));

        Assert.Equal(20_760_000m, _contract.TotalValue);
        Assert.Empty(_contract.Variations);
        Assert.Empty(_contract.DomainEvents);
    }

    [Fact]
    public void A_variation_ending_the_term_before_it_takes_effect_is_refused()
    {
        Violations.Expect(ViolationKind.Invalid, "newEndsOn",
            () => _contract.Vary(new VariationRequest("Shorten", new DateOnly(2020, 4, 1), null, new DateOnly(2020, 3, 31), Council(Year2))));

        Assert.Equal(Seeds.S75End, _contract.EndsOn);
    }

    [Fact]
    public void A_term_variation_shortens_the_contract_and_its_commitments()
    {
        _contract.Vary(new VariationRequest("Early close of the delegation", new DateOnly(2020, 4, 1), null, new DateOnly(2021, 3, 31), Council(Year2)));

        Assert.Equal(3, _contract.Commitments().Count);
        Assert.Equal(3 * 5_190_000m, _contract.TotalValue);
    }

    [Fact]
    public void A_variation_outside_the_term_or_before_an_earlier_one_is_refused()
    {
        Violations.Expect(ViolationKind.Invalid, "effectiveFrom",
            () => _contract.Vary(new VariationRequest("Late", new DateOnly(2022, 4, 1), 1m, null, Council(Year2))));
        _contract.Vary(new VariationRequest("Pay award", Year2, 50_000m, null, Council(Year2)));
        Violations.Expect(ViolationKind.Invalid, "effectiveFrom",
            () => _contract.Vary(new VariationRequest("Back-dated", new DateOnly(2018, 10, 1), 1m, null, Council(Year2))));
    }

    [Fact]
    public void A_joint_contract_variation_needs_every_commissioners_approval_W_L714()
    {
        var joint = Seeds.AwardedS75(t => t with { Commissioners = [Seeds.WirralCouncil, Seeds.WirralCcg] });

        Violations.Expect(ViolationKind.Precondition, "approvals",
            () => joint.Vary(new VariationRequest("Pay award", Year2, 50_000m, null, Council(Year2))));
        joint.Vary(new VariationRequest("Pay award", Year2, 50_000m, null, Seeds.ApprovalsOf(Year2, Seeds.WirralCouncil, Seeds.WirralCcg)));

        Assert.Equal(2, joint.Variations.Single().Approvals.Count);
    }

    [Fact]
    public void An_approval_dated_after_the_change_does_not_count()
    {
        Violations.Expect(ViolationKind.Invalid, "approvals",
            () => _contract.Vary(new VariationRequest("Pay award", Year2, 50_000m, null, Council(Year2.AddDays(1)))));
    }

    [Fact]
    public void An_extension_option_adds_its_months_once_and_must_be_taken_up_before_the_notice_period()
    {
        var contract = Seeds.AwardedS75(t => t with { ExtensionOptionMonths = [12] });
        var cutOff = new DateOnly(2021, 12, 31); // three months' notice before 31 March 2022

        Violations.Expect(ViolationKind.Invalid, "exercisedOn", () => contract.ExerciseExtension(cutOff.AddDays(1), Council(cutOff)));
        contract.ExerciseExtension(cutOff, Council(cutOff));

        Assert.Equal(new DateOnly(2023, 3, 31), contract.EndsOn);
        Assert.Equal(5 * 5_190_000m, contract.TotalValue);
        Violations.Expect(ViolationKind.Precondition, "extensionOptions", () => contract.ExerciseExtension(cutOff, Council(cutOff)));
    }

    [Fact]
    public void Novation_moves_the_contract_to_the_new_host_with_everyones_consent_P_L438()
    {
        var on = new DateOnly(2019, 4, 1);

        Violations.Expect(ViolationKind.Precondition, "approvals",
            () => _contract.Novate(Seeds.WirralCcg, on, Seeds.ApprovalsOf(on, Seeds.WirralCouncil, Seeds.WirralCcg)));
        _contract.Novate(Seeds.WirralCcg, on, Seeds.ApprovalsOf(on, Seeds.WirralCouncil, Seeds.WirralCcg, Seeds.Cwp));

        Assert.Equal(Seeds.WirralCcg, _contract.LeadCommissioner);
        Assert.Equal([Seeds.WirralCcg], _contract.Commissioners);
        var e = Assert.IsType<ContractNovated>(Assert.Single(_contract.DomainEvents));
        Assert.Equal((Seeds.WirralCouncil, Seeds.WirralCcg), (e.FromCommissioner, e.ToCommissioner));
    }

    [Fact]
    public void Novation_to_the_current_host_is_refused()
    {
        Violations.Expect(ViolationKind.Invalid, "toCommissioner",
            () => _contract.Novate(Seeds.WirralCouncil, Year2, Council(Year2)));
    }

    [Fact]
    public void Three_months_notice_ends_the_contract_and_cuts_its_commitments_P_L421_L934()
    {
        _contract.ServeNotice(Seeds.WirralCouncil, new DateOnly(2019, 6, 30), "Service redesign", "Consultation log CL-2019-014");

        Assert.Equal(new DateOnly(2019, 9, 30), _contract.LastDay);
        Assert.Equal(ContractStatus.UnderNotice, _contract.StatusOn(new DateOnly(2019, 7, 1)));
        Assert.Equal(ContractStatus.Ended, _contract.StatusOn(new DateOnly(2019, 10, 1)));
        // 1 April to 30 September 2019 is 183 of 366 days.
        Assert.Equal(2_595_000m, _contract.ValueIn(new FinancialYear(2019)));
        Assert.Equal(0m, _contract.ValueIn(new FinancialYear(2020)));
        var e = Assert.IsType<ContractTerminationNoticed>(Assert.Single(_contract.DomainEvents));
        Assert.Equal(new DateOnly(2019, 9, 30), e.TerminatesOn);
        Assert.Equal(2, e.Commitments.Count);
    }

    [Fact]
    public void Notice_runs_in_calendar_months_to_the_month_end()
    {
        _contract.ServeNotice(Seeds.Cwp, new DateOnly(2019, 11, 30), "Provider withdrawal", null);

        Assert.Equal(new DateOnly(2020, 2, 29), _contract.LastDay);
    }

    [Fact]
    public void A_commissioner_must_document_its_consultation_before_serving_notice_P_L934()
    {
        Violations.Expect(ViolationKind.Invalid, "consultationReference",
            () => _contract.ServeNotice(Seeds.WirralCouncil, new DateOnly(2019, 6, 30), "Service redesign", null));

        Assert.Null(_contract.Notice);
    }

    [Fact]
    public void Only_a_party_serves_notice_and_only_once()
    {
        Violations.Expect(ViolationKind.Forbidden, "servedBy",
            () => _contract.ServeNotice(Seeds.NewDevonCcg, new DateOnly(2019, 6, 30), "Not ours", "CL-1"));
        _contract.ServeNotice(Seeds.Cwp, new DateOnly(2019, 6, 30), "Provider withdrawal", null);
        Violations.Expect(ViolationKind.Precondition, "notice",
            () => _contract.ServeNotice(Seeds.WirralCouncil, new DateOnly(2019, 7, 1), "Again", "CL-2"));
        Violations.Expect(ViolationKind.Precondition, "notice",
            () => _contract.Vary(new VariationRequest("Pay award", new DateOnly(2019, 7, 1), 50_000m, null, Council(Year2))));
    }

    [Fact]
    public void Notice_that_would_outlast_the_term_is_refused()
    {
        Violations.Expect(ViolationKind.Precondition, "servedOn",
            () => _contract.ServeNotice(Seeds.Cwp, new DateOnly(2022, 1, 15), "Late notice", null));
    }
}
