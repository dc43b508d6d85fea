using Commissioning.Domain;
using Commissioning.Testing;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.Validation;
using static Returns.Tests.Seeds;

namespace Returns.Tests.Returns;

/// <summary>The lifecycle (DOMAIN.md L112-114; issue 18 cap. 7) and who may act (DOMAIN.md L101-102).</summary>
public class StatutoryReturnTests
{
    private static readonly Finding Blank = new(1, "Gender", "MandatoryField", Line("l1"), "Gender is blank.");

    private static StatutoryReturn Validated()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At);
        cld.Collect([Row("a", "18.50")], At);
        cld.RecordValidation([], At);
        return cld;
    }

    private static StatutoryReturn Submitted()
    {
        var cld = Validated();
        cld.SignOff(Officer, At);
        cld.Submit(Officer, Sha, At);
        return cld;
    }

    [Fact]
    public void A_return_goes_open_collecting_validated_signed_off_submitted()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At);
        Assert.Equal((ReturnStatus.Open, new DateOnly(2024, 7, 31)), (cld.Status, cld.DueOn));
        cld.Collect([Row("a", "18.50")], At);
        Assert.Equal(ReturnStatus.Collecting, cld.Status);
        cld.RecordValidation([], At);
        Assert.Equal(ReturnStatus.Validated, cld.Status);
        cld.SignOff(Officer, At);
        Assert.Equal(ReturnStatus.SignedOff, cld.Status);
        cld.Submit(Officer, Sha.ToUpperInvariant(), At);
        Assert.Equal(ReturnStatus.Submitted, cld.Status);
        Assert.Equal(Sha, cld.LastSubmitted!.Submission!.ArtefactSha256);
        Assert.Contains(cld.DomainEvents, e => e is ReturnSubmitted { Version: 1, ArtefactSha256: Sha });
    }

    [Fact]
    public void Findings_keep_the_return_collecting()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At);
        cld.Collect([Row("a", "18.50")], At);
        cld.RecordValidation([Blank], At);
        Assert.Equal(ReturnStatus.Collecting, cld.Status);
        Assert.Equal([Blank], cld.Current.Findings);
    }

    [Fact]
    public void Signing_an_unvalidated_return_is_refused_naming_its_status_and_changes_nothing()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At);
        cld.Collect([Row("a", "18.50")], At);
        cld.RecordValidation([Blank], At);
        var violation = Violation(() => cld.SignOff(Officer, At));
        Assert.Equal(("status", ReturnRules.StageOfTheReturn), (violation.Field, violation.Rule));
        Assert.Equal(ReturnStatus.Collecting, cld.Status);
        Assert.Null(cld.Current.SignedOffBy);
    }

    [Fact]
    public void A_provider_user_never_signs_off_or_submits_even_for_delegated_activity()
    {
        // P: statutory returns cannot be delegated; the provider collects, the council returns (DOMAIN.md L101).
        var cld = Validated();
        var violation = Violation(() => cld.SignOff(Provider, At));
        Assert.Equal(("actor", ReturnRules.NotByAProvider), (violation.Field, violation.Rule));
        cld.SignOff(Officer, At);
        Assert.Equal(ReturnRules.NotByAProvider, Violation(() => cld.Submit(Provider, Sha, At)).Rule);
        Assert.Equal(ReturnStatus.SignedOff, cld.Status);
    }

    [Fact]
    public void Only_a_returns_officer_of_this_council_signs()
    {
        var cld = Validated();
        Assert.Equal(ReturnRules.OnlyTheCouncilsReturnsOfficer,
            Violation(() => cld.SignOff(OtherCouncilsOfficer, At)).Rule);
        Assert.Equal(ReturnRules.OnlyTheCouncilsReturnsOfficer, Violation(() => cld.SignOff(Auditor, At)).Rule);
        Assert.Equal(ReturnStatus.Validated, cld.Status);
    }

    [Fact]
    public void Auditors_read_everything_other_councils_and_providers_nothing()
    {
        var cld = Validated();
        Assert.True(cld.MayRead(Auditor));
        Assert.True(cld.MayRead(Officer));
        Assert.False(cld.MayRead(OtherCouncilsOfficer));
        Assert.False(cld.MayRead(Provider));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    public void A_submission_needs_the_artefacts_sha256(string hash)
    {
        var cld = Validated();
        cld.SignOff(Officer, At);
        Assert.Equal(("artefactSha256", ReturnRules.ArtefactHashShape),
            Violation(() => cld.Submit(Officer, hash, At)).Named());
        Assert.Equal(ReturnStatus.SignedOff, cld.Status);
    }

    [Fact]
    public void A_submitted_version_never_changes()
    {
        var cld = Submitted();
        var submitted = cld.Current;
        Assert.Equal(ReturnRules.StageOfTheReturn, Violation(() => cld.Submit(Officer, OtherSha, At)).Rule);
        Assert.Equal(ReturnRules.StageOfTheReturn, Violation(() => cld.Collect([Row("a", "19.00")], At)).Rule);
        cld.StartResubmission(Officer, "Back-dated fee uplift", At);
        cld.Collect([Row("a", "19.00")], At);
        Assert.Equal(Sha, submitted.Submission!.ArtefactSha256);
        Assert.Equal("18.50", submitted.Rows[0].Fields["Unit_Cost"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Resubmitting_without_a_reason_is_refused_naming_it_and_changes_nothing(string? reason)
    {
        var cld = Submitted();
        Assert.Equal(("reason", ReturnRules.ResubmissionReasonGiven),
            Violation(() => cld.StartResubmission(Officer, reason, At)).Named());
        Assert.Equal((ReturnStatus.Submitted, 1), (cld.Status, cld.Versions.Count));
    }

    [Fact]
    public void A_resubmission_is_a_new_version_with_its_reason_and_the_diff_of_its_rows()
    {
        var cld = Submitted();
        cld.StartResubmission(Officer, "Back-dated fee uplift", At);
        cld.Collect([Row("a", "19.00"), Row("b", "42.50")], At);
        var version = cld.Current;
        Assert.Equal((2, "Back-dated fee uplift"), (version.Number, version.Reason));
        Assert.Equal(["b"], version.Diff!.Added);
        Assert.Empty(version.Diff.Removed);
        Assert.Equal([new FieldChange("a", "Unit_Cost", "18.50", "19.00")], version.Diff.Changed);
        cld.RecordValidation([], At);
        cld.SignOff(Officer, At);
        cld.Submit(Officer, OtherSha, At);
        Assert.Equal([Sha, OtherSha], cld.Versions.Select(v => v.Submission!.ArtefactSha256));
    }

    [Fact]
    public void A_period_that_does_not_fit_the_return_is_refused_naming_it()
    {
        var month = ReturnPeriod.Month(new FinancialYear(2024), 1);
        Assert.Equal(ReturnRules.PeriodFitsTheReturn,
            Violation(() => StatutoryReturn.Open(ReturnKind.Cld, Wirral, month, At)).Rule);
        Assert.Equal(ReturnRules.PeriodFitsTheReturn,
            Violation(() => StatutoryReturn.Open(ReturnKind.AscFr, Wirral, Q1Of2024, At)).Rule);
    }

    [Fact]
    public void Rows_repeating_a_key_are_refused()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At);
        Assert.Equal(("rows", ReturnRules.RowKeysUnique),
            Violation(() => cld.Collect([Row("a", "1.00"), Row("a", "2.00")], At)).Named());
        Assert.Equal(ReturnStatus.Open, cld.Status);
    }

    [Fact]
    public void Due_notices_are_raised_once_per_state_until_submitted()
    {
        var cld = StatutoryReturn.Open(ReturnKind.Cld, Wirral, Q1Of2024, At); // due 31 July 2024
        cld.CheckDue(new DateOnly(2024, 7, 22));
        cld.CheckDue(new DateOnly(2024, 7, 23));
        Assert.Equal(DueState.Overdue, cld.CheckDue(new DateOnly(2024, 8, 1)));
        var notices = cld.DomainEvents.OfType<ReturnDueStateReached>().Select(e => e.State);
        Assert.Equal([DueState.Approaching, DueState.Overdue], notices);
        var due = new DateOnly(2024, 7, 31);
        Assert.Equal([new DueNotice(due, DueState.Approaching, new DateOnly(2024, 7, 22)),
            new DueNotice(due, DueState.Overdue, new DateOnly(2024, 8, 1))], cld.DueNotices);
        Assert.Equal(DueState.Submitted, Submitted().CheckDue(new DateOnly(2024, 8, 1)));
    }

    [Theory]
    [InlineData("E07000192")] // Cannock Chase, a Staffordshire district: no adult social services
    [InlineData("RXA")]
    [InlineData("E0800001")]
    public void A_return_is_made_by_a_council_with_social_services(string code) =>
        Assert.Equal(("council", ReturnRules.CouncilWithSocialServices),
            Violation(() => Domain.SeedWork.CouncilCode.Of(code, "council")).Named());
}
