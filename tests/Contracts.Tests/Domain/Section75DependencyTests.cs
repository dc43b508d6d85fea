using Commissioning.Domain;
using Contracts.Domain.Agreements;

namespace Contracts.Tests.Domain;

/// <summary>
/// Issue 16, defect 3: a contract let under a Section 75 agreement depends on it. S:114-118: the formal s75
/// is approved January to March and "Signatures will be required by 31 March, in order for contracts to be
/// in place for 2015/16" (S:118). A's s75 delegation starts on 1 April 2018 (A §3.8 L768).
/// </summary>
public class Section75DependencyTests
{
    private static readonly Guid Agreement = Guid.NewGuid();

    private static CommissioningContract Award(Section75Standing? standing, DateOnly? startsOn = null,
        Guid? decision = null, bool underS75 = true)
    {
        var provider = Seeds.CwpTrust();
        var start = startsOn ?? Seeds.S75Start;
        var terms = Seeds.AllAgeDisabilityS75() with
        {
            Section75AgreementId = underS75 ? Agreement : null, StartsOn = start,
            Phases = [new ContractPhase("Stabilisation", start)], AuthorisingDecisionId = decision,
        };
        return CommissioningContract.Award(terms, provider, Seeds.SignedOffDueDiligence(provider.Id),
            Seeds.ApprovalsOf(new DateOnly(2017, 10, 2), Seeds.WirralCouncil), Seeds.S75AwardedOn, Seeds.Signatories,
            standing);
    }

    [Theory]
    [InlineData("2015-04-01", "2015-03-31")]
    [InlineData("2015-09-01", "2015-03-31")]
    [InlineData("2016-03-31", "2015-03-31")]
    [InlineData("2018-04-01", "2018-03-31")]
    public void Signatures_are_due_by_the_31_March_before_the_contracting_year_S_L118(string startsOn, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Section75Standing.SignatureDeadlineFor(DateOnly.Parse(startsOn)));
    }

    [Fact]
    public void A_contract_under_an_s75_signed_by_31_March_and_in_force_on_1_April_is_awarded_unflagged()
    {
        var contract = Award(new Section75Standing(Agreement, new DateOnly(2018, 3, 31), Seeds.S75Start, null));

        Assert.Equal((Agreement, new DateOnly(2018, 3, 31)),
            (contract.Section75AgreementId, contract.Section75SignedOn));
        Assert.False(contract.Section75SignedLate);
    }

    [Fact]
    public void The_award_keeps_the_partners_authorising_decision_and_refuses_one_without_an_s75()
    {
        var decision = Guid.NewGuid(); // pooled finance's contract-award decision (governance-decision-recorded)
        var standing = Standing(new AuthorisingDecision(decision, Agreement, true, "ContractAward", DecidedOn));

        Assert.Equal(decision, Award(standing, decision: decision).AuthorisingDecisionId);
        Violations.Expect(Section75Rules.DecisionUnderAnAgreement, "authorisingDecisionId",
            () => Award(null, decision: decision, underS75: false));
    }

    private static readonly DateOnly DecidedOn = new(2017, 12, 14);

    private static Section75Standing Standing(AuthorisingDecision? decision) =>
        new(Agreement, new DateOnly(2018, 3, 31), Seeds.S75Start, null, decision);

    [Fact]
    public void An_award_naming_a_decision_pooled_finance_does_not_hold_is_refused()
    {
        var named = Guid.NewGuid();
        var someOther = new AuthorisingDecision(Guid.NewGuid(), Agreement, true, "ContractAward", DecidedOn);

        Violations.Expect(Section75Rules.AuthorisingDecisionKnown, "authorisingDecisionId",
            () => Award(Standing(null), decision: named));
        Violations.Expect(Section75Rules.AuthorisingDecisionKnown, "authorisingDecisionId",
            () => Award(Standing(someOther), decision: named));
    }

    [Theory]
    [InlineData(false, true, "2017-12-14", "another Section 75 agreement")]
    [InlineData(true, false, "2017-12-14", "approves FormalAgreement")]
    [InlineData(true, true, "2019-01-10", "after the award")]
    public void An_award_decision_on_another_s75_of_another_kind_or_made_after_the_award_is_refused(
        bool sameAgreement, bool isAward, string decidedOn, string message)
    {
        var id = Guid.NewGuid();
        var decision = new AuthorisingDecision(id, sameAgreement ? Agreement : Guid.NewGuid(), isAward,
            isAward ? "ContractAward" : "FormalAgreement", DateOnly.Parse(decidedOn));

        var violation = Violations.Expect(Section75Rules.DecisionAuthorisesTheAward, "authorisingDecisionId",
            () => Award(Standing(decision), decision: id));

        Assert.Contains(message, violation.Message);
    }

    /// <summary>
    /// Pooled finance keeps a deferred or refused decision as a record, and an approval with conditions authorises
    /// from the day its last condition was met: the award (1 March 2018) names none that has not authorised by then.
    /// </summary>
    [Theory]
    [InlineData("deferred", null, "was deferred")]
    [InlineData("refused", null, "was refused")]
    [InlineData("approved with conditions", null, "authorises nothing yet")]
    [InlineData("approved with conditions", "2018-03-02", "last condition was met on 2018-03-02")]
    public void An_award_decision_that_does_not_authorise_by_the_award_is_refused(string resolved,
        string? authorisesFrom, string message)
    {
        var id = Guid.NewGuid();
        var decision = new AuthorisingDecision(id, Agreement, true, "ContractAward", DecidedOn)
        {
            Resolved = resolved, AuthorisesFrom = authorisesFrom is null ? null : DateOnly.Parse(authorisesFrom),
        };

        var violation = Violations.Expect(Section75Rules.DecisionAuthorisesTheAward, "authorisingDecisionId",
            () => Award(Standing(decision), decision: id));

        Assert.Contains(message, violation.Message);
    }

    [Fact]
    public void An_approval_whose_conditions_were_met_by_the_award_authorises_it()
    {
        var id = Guid.NewGuid();
        var decision = new AuthorisingDecision(id, Agreement, true, "ContractAward", DecidedOn)
        {
            Resolved = "approved with conditions", AuthorisesFrom = Seeds.S75AwardedOn,
        };

        Assert.Equal(id, Award(Standing(decision), decision: id).AuthorisingDecisionId);
    }

    [Fact]
    public void A_contract_cannot_start_before_its_s75_is_in_force()
    {
        var late = new Section75Standing(Agreement, new DateOnly(2018, 4, 10), new DateOnly(2018, 5, 1), null);

        var violation = Violations.Expect(ViolationKind.Precondition, "startsOn", () => Award(late));

        Assert.Contains("2018-05-01", violation.Message);
    }

    [Fact]
    public void One_signed_after_31_March_is_flagged_late_for_its_year_and_starts_once_the_s75_is_in_force()
    {
        var late = new Section75Standing(Agreement, new DateOnly(2018, 4, 10), new DateOnly(2018, 5, 1), null);

        var contract = Award(late, startsOn: new DateOnly(2018, 5, 1));

        Assert.True(contract.Section75SignedLate);
    }

    [Fact]
    public void An_s75_not_yet_in_force_or_not_known_or_ended_before_the_start_is_refused()
    {
        Violations.Expect(ViolationKind.Precondition, "section75AgreementId",
            () => Award(new Section75Standing(Agreement, new DateOnly(2018, 3, 20), null, null)));
        Violations.Expect(ViolationKind.Invalid, "section75AgreementId", () => Award(null));
        var ended = new Section75Standing(Agreement, new DateOnly(2017, 3, 1), new DateOnly(2017, 4, 1),
            new DateOnly(2018, 3, 31));
        Violations.Expect(ViolationKind.Precondition, "startsOn", () => Award(ended));
    }
}
