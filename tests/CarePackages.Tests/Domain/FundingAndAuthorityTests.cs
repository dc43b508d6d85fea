using CarePackages.Domain.SeedWork;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class FundingAndAuthorityTests
{
    [Fact]
    public void A_joint_75_25_split_apportions_to_the_penny()
    {
        // P's 75%/25% working split (P:L368-387) applied to £1,234.57 a week: 925.9275 and 308.6425.
        var split = JointSplit();
        Assert.Equal(FundingArrangement.Joint, split.Arrangement);
        Assert.Equal([925.93m, 308.64m], split.Apportion(1234.57m));
    }

    [Fact]
    public void A_three_way_split_keeps_the_total_by_largest_remainder()
    {
        var split = FundingSplit.Create([
            new FundingShare(FundingStream.LaSocialCare, 33.33m, PooledFund, "ASC"),
            new FundingShare(FundingStream.NhsFnc, 33.33m, PooledFund, "FNC"),
            new FundingShare(FundingStream.Bcf, 33.34m, PooledFund, "BCF-DISCHARGE", "Transfer to assess beds"),
        ]);
        var parts = split.Apportion(100m);
        Assert.Equal(100m, parts.Sum());
        Assert.Equal([33.33m, 33.33m, 33.34m], parts);
    }

    [Fact]
    public void A_single_stream_is_that_arrangement() =>
        Assert.Equal(FundingArrangement.NhsChc,
            FundingSplit.Create([new FundingShare(FundingStream.NhsChc, 100m, PooledFund, "CHC")]).Arrangement);

    [Theory]
    [InlineData(75, 24, "fundingShares")]   // 99%
    [InlineData(75, 26, "fundingShares")]   // 101%
    [InlineData(100, 0, "percent")]
    public void Shares_must_add_up_to_exactly_100(int la, int chc, string field) =>
        Assert.Equal(field, Violation(() => FundingSplit.Create([
            new FundingShare(FundingStream.LaSocialCare, la, PooledFund, "ASC"),
            new FundingShare(FundingStream.NhsChc, chc, PooledFund, "CHC"),
        ])).Field);

    [Fact]
    public void A_BCF_share_names_its_scheme_and_only_a_BCF_share_does()
    {
        Assert.Equal(("bcfScheme", FundingRules.BcfShareNamesItsScheme),
            Violation(() => FundingSplit.Create([new FundingShare(FundingStream.Bcf, 100m, PooledFund,
                "BCF")])).Named());
        Assert.Equal(("bcfScheme", FundingRules.BcfShareNamesItsScheme), Violation(() =>
            FundingSplit.Create([new FundingShare(FundingStream.LaSocialCare, 100m, PooledFund, "ASC",
                "DFG")])).Named());
    }

    [Fact]
    public void Each_share_names_a_fund_and_a_budget_line()
    {
        Assert.Equal(("fundId", FundingRules.ShareStated),
            Violation(() => FundingSplit.Create([new FundingShare(FundingStream.LaSocialCare, 100m, Guid.Empty,
                "ASC")])).Named());
        Assert.Equal(("budgetLineCode", FundingRules.ShareStated),
            Violation(() => FundingSplit.Create([new FundingShare(FundingStream.LaSocialCare, 100m, PooledFund,
                " ")])).Named());
    }

    // Delegated limit boundaries with an illustrative £1,000 a week verifier limit.
    [Theory]
    [InlineData("999.99")]
    [InlineData("1000.00")]
    public void A_verifier_agrees_up_to_and_including_the_limit(string weekly) =>
        Authority.EnsurePermits(Verifier, decimal.Parse(weekly), 0m);

    [Fact]
    public void A_verifier_cannot_agree_a_penny_above_the_limit()
    {
        var violation = Violation(() => Authority.EnsurePermits(Verifier, 1000.01m, 0m));
        Assert.Equal(ViolationKind.Forbidden, violation.Kind);
        Assert.Equal(("weeklyCost", VerificationRules.WithinDelegatedAuthority), violation.Named());
    }

    [Fact]
    public void A_senior_verifier_agrees_above_the_limit() => Authority.EnsurePermits(SeniorVerifier, 5_000m, 5_000m);

    [Fact]
    public void One_off_costs_have_their_own_limit()
    {
        Authority.EnsurePermits(Verifier, 0m, 500m);
        Assert.Equal(("oneOffCost", VerificationRules.WithinDelegatedAuthority),
            Violation(() => Authority.EnsurePermits(Verifier, 0m, 500.01m)).Named());
    }

    [Theory]
    [InlineData(Role.ProviderPractitioner)]
    [InlineData(Role.ProviderQualityReviewer)]
    [InlineData(Role.Broker)]
    public void Nobody_outside_the_verification_team_can_agree_funding(Role role) =>
        Assert.Equal(ViolationKind.Forbidden, Violation(() => Authority.EnsurePermits(new Actor(Guid.NewGuid(), role, Cwp), 1m, 0m)).Kind);
}
