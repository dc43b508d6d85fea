using Commissioning.Domain;
using PooledFinance.Domain.Agreements;

namespace PooledFinance.Tests.Domain;

public class Section75AgreementTests
{
    [Fact]
    public void The_agreement_is_approved_only_when_every_partner_body_has_approved_P_L54_L57()
    {
        var p = new Plymouth(inForce: false);

        p.Agreement.Approve(p.Council.Id, "Cabinet", "PCC Cabinet minute 11/11/14", new DateOnly(2014, 11, 11));
        Assert.Equal(AgreementStatus.Draft, p.Agreement.Status);

        p.Agreement.Approve(p.Ccg.Id, "Governing Body", "CCG GB 3/12/14", new DateOnly(2014, 12, 3));
        Assert.Equal(AgreementStatus.Approved, p.Agreement.Status);
        Assert.Contains(p.Agreement.DomainEvents, e => e is AgreementApproved);
        Assert.Equal(["Cabinet", "Governing Body"], p.Agreement.Approvals.Select(a => a.ApprovingBody));
    }

    [Fact]
    public void An_approval_needs_its_delegation_reference_and_a_partner_body()
    {
        var p = new Plymouth(inForce: false);

        Assert.Equal("delegationReference",
            Seeds.Violation(() => p.Agreement.Approve(p.Council.Id, "Cabinet", " ", new DateOnly(2014, 11, 11))).Field);
        Assert.Equal(ViolationKind.NotFound,
            Seeds.Violation(() => p.Agreement.Approve(Guid.NewGuid(), "Cabinet", "ref", new DateOnly(2014, 11, 11))).Kind);
        Assert.Empty(p.Agreement.Approvals);
    }

    [Fact]
    public void A_partner_approves_once()
    {
        var p = new Plymouth(inForce: false);
        p.Agreement.Approve(p.Council.Id, "Cabinet", "minute", new DateOnly(2014, 11, 11));

        var violation = Seeds.Violation(() => p.Agreement.Approve(p.Council.Id, "Cabinet", "minute", new DateOnly(2014, 11, 12)));

        Assert.Equal(ViolationKind.AlreadyExists, violation.Kind);
        Assert.Single(p.Agreement.Approvals);
    }

    [Fact]
    public void It_comes_into_force_only_after_approval_and_not_before_its_term()
    {
        var p = new Plymouth(inForce: false);
        Assert.Equal(ViolationKind.Precondition, Seeds.Violation(() => p.Agreement.BringIntoForce(new DateOnly(2015, 4, 1))).Kind);

        p.ApproveByBoth();
        Assert.Equal("from", Seeds.Violation(() => p.Agreement.BringIntoForce(new DateOnly(2015, 3, 31))).Field);

        p.Agreement.BringIntoForce(new DateOnly(2015, 4, 1));
        Assert.Equal(AgreementStatus.InForce, p.Agreement.Status);
        Assert.True(p.Agreement.IsInForceOn(new DateOnly(2015, 4, 1)));
    }

    [Theory]
    [InlineData("2016-01-15", "2016-04-15")]
    [InlineData("2015-11-30", "2016-02-29")] // three calendar months end on the last day of a short month
    [InlineData("2016-12-31", "2017-03-31")]
    public void Three_months_notice_sets_the_effective_end_date_P_L421(string servedOn, string endsOn)
    {
        var p = new Plymouth();

        var notice = p.Agreement.ServeNotice(p.Ccg.Id, DateOnly.Parse(servedOn));

        Assert.Equal(DateOnly.Parse(endsOn), notice.EffectiveEnd);
        Assert.Equal(AgreementStatus.NoticeServed, p.Agreement.Status);
        Assert.True(p.Agreement.IsInForceOn(DateOnly.Parse(endsOn)));
        Assert.False(p.Agreement.IsInForceOn(DateOnly.Parse(endsOn).AddDays(1)));
    }

    [Fact]
    public void Notice_cannot_run_past_the_end_of_the_term()
    {
        var p = new Plymouth(inForce: false);
        var fixedTerm = Section75Agreement.Draft(p.Partnership, "Fixed term", ["aim"], ["function"],
            new DateOnly(2015, 4, 1), new DateOnly(2018, 3, 31), new DateOnly(2016, 4, 1), 3);
        fixedTerm.Approve(p.Council.Id, "Cabinet", "m", new DateOnly(2015, 1, 1));
        fixedTerm.Approve(p.Ccg.Id, "Governing Body", "m", new DateOnly(2015, 1, 1));
        fixedTerm.BringIntoForce(new DateOnly(2015, 4, 1));

        Assert.Equal(new DateOnly(2018, 3, 31), fixedTerm.ServeNotice(p.Council.Id, new DateOnly(2018, 2, 1)).EffectiveEnd);
    }

    [Fact]
    public void Termination_waits_for_the_notice_to_run()
    {
        var p = new Plymouth();
        p.Agreement.ServeNotice(p.Council.Id, new DateOnly(2016, 1, 15));

        Assert.Equal("on", Seeds.Violation(() => p.Agreement.Terminate(new DateOnly(2016, 4, 14))).Field);
        p.Agreement.Terminate(new DateOnly(2016, 4, 15));

        Assert.Equal(AgreementStatus.Terminated, p.Agreement.Status);
    }

    [Fact]
    public void Notice_served_by_a_non_partner_is_refused_and_changes_nothing()
    {
        var p = new Plymouth();

        Assert.Equal("servedBy", Seeds.Violation(() => p.Agreement.ServeNotice(Guid.NewGuid(), new DateOnly(2016, 1, 15))).Field);
        Assert.Equal(AgreementStatus.InForce, p.Agreement.Status);
        Assert.Null(p.Agreement.Notice);
    }

    [Fact]
    public void A_variation_needs_a_joint_decision_with_delegation_from_every_partner_W_L714()
    {
        var p = new Plymouth();
        var onlyCouncil = new JointDecision("Joint Board", "Add Children's", new DateOnly(2015, 9, 1),
            [new Delegation(p.Council.Id, "Cabinet delegation")]);

        var violation = Seeds.Violation(() => p.Agreement.Vary("Add Children's services", new DateOnly(2015, 10, 1), onlyCouncil));
        Assert.Equal(ViolationKind.Forbidden, violation.Kind);
        Assert.Equal("delegations", violation.Field);
        Assert.Empty(p.Agreement.Variations);

        p.Agreement.Vary("Add Children's services", new DateOnly(2015, 10, 1), p.JointBoardDecision("Add Children's", new DateOnly(2015, 9, 1)));
        Assert.Equal(AgreementStatus.Varied, p.Agreement.Status);
    }

    [Fact]
    public void Annual_reviews_recur_on_the_anniversary_of_the_first_P_L417()
    {
        var p = new Plymouth();

        Assert.Equal(new DateOnly(2016, 4, 1), p.Agreement.NextAnnualReview(new DateOnly(2015, 6, 1)));
        Assert.Equal(new DateOnly(2017, 4, 1), p.Agreement.NextAnnualReview(new DateOnly(2016, 4, 2)));
        Assert.Equal(new DateOnly(2017, 4, 1), p.Agreement.NextAnnualReview(new DateOnly(2017, 4, 1)));
    }

    [Fact]
    public void A_draft_needs_aims_functions_and_a_sensible_notice_period()
    {
        var p = new Plymouth(inForce: false);
        var start = new DateOnly(2015, 4, 1);

        Assert.Equal("aims", Seeds.Violation(() => Section75Agreement.Draft(p.Partnership, "t", [], ["f"], start, null, start.AddYears(1), 3)).Field);
        Assert.Equal("functions", Seeds.Violation(() => Section75Agreement.Draft(p.Partnership, "t", ["a"], [], start, null, start.AddYears(1), 3)).Field);
        Assert.Equal("noticePeriodMonths", Seeds.Violation(() => Section75Agreement.Draft(p.Partnership, "t", ["a"], ["f"], start, null, start.AddYears(1), 0)).Field);
    }
}
