using Commissioning.Domain;
using Contracts.Domain.Agreements;

namespace Contracts.Tests.Domain;

/// <summary>A's s75 delegation: £5.19m a year (A L784), four years from 1 April 2018 (A L768, L1441), phases (A L1434-1444).</summary>
public class ContractValueAndPhaseTests
{
    private readonly CommissioningContract _contract = Seeds.AwardedS75();

    [Fact]
    public void The_annual_value_is_the_three_team_budgets_A_L784()
    {
        Assert.Equal(5_190_000m, Seeds.S75AnnualValue);
        Assert.Equal(Seeds.S75AnnualValue, _contract.AnnualValueOn(new DateOnly(2020, 1, 15)));
    }

    [Theory]
    [InlineData(2017, 0)]
    [InlineData(2018, 5_190_000)]
    [InlineData(2019, 5_190_000)] // 366 days, still a whole year
    [InlineData(2021, 5_190_000)]
    [InlineData(2022, 0)]
    public void Each_financial_year_of_the_term_carries_a_full_years_value(int startYear, decimal expected)
    {
        Assert.Equal(expected, _contract.ValueIn(new FinancialYear(startYear)));
    }

    [Fact]
    public void Four_years_at_five_point_one_nine_million_is_twenty_point_seven_six_million()
    {
        Assert.Equal(20_760_000m, _contract.TotalValue);
        Assert.Equal(["2018/19", "2019/20", "2020/21", "2021/22"], _contract.Commitments().Select(c => c.Year.ToString()));
    }

    [Theory]
    [InlineData("2017-12-01", null)]
    [InlineData("2018-04-01", "Stabilisation")]
    [InlineData("2019-03-31", "Stabilisation")]
    [InlineData("2019-04-01", "Development and transformation")]
    [InlineData("2022-03-31", "Development and transformation")]
    [InlineData("2022-04-01", null)]
    public void The_phase_in_force_follows_the_date_A_L1434_L1444(string date, string? phase)
    {
        Assert.Equal(phase, _contract.PhaseOn(DateOnly.Parse(date))?.Name);
    }

    [Theory]
    [InlineData("2018-03-31", ContractStatus.Mobilising)]
    [InlineData("2018-04-01", ContractStatus.Live)]
    [InlineData("2022-03-31", ContractStatus.Live)]
    [InlineData("2022-04-01", ContractStatus.Ended)]
    public void The_status_follows_the_term(string date, ContractStatus status)
    {
        Assert.Equal(status, _contract.StatusOn(DateOnly.Parse(date)));
    }

    [Fact]
    public void Phases_start_with_the_contract_and_in_order()
    {
        var provider = Seeds.CwpTrust();
        var outOfOrder = Seeds.AllAgeDisabilityS75() with
        {
            Phases = [new ContractPhase("Stabilisation", Seeds.S75Start), new ContractPhase("Later", new DateOnly(2023, 4, 1))],
        };

        Violations.Expect(ViolationKind.Invalid, "phases", () => CommissioningContract.Award(outOfOrder, provider,
            Seeds.SignedOffDueDiligence(provider.Id), Seeds.ApprovalsOf(Seeds.S75AwardedOn, Seeds.WirralCouncil),
            Seeds.S75AwardedOn, Seeds.Signatories));
    }

    [Fact]
    public void A_part_year_start_is_pro_rata_by_days()
    {
        // Illustrative: the same contract starting 1 October 2018 carries 182 of 365 days in 2018/19.
        var contract = Seeds.AwardedS75(t => t with { StartsOn = new DateOnly(2018, 10, 1), Phases = [] });

        Assert.Equal(Money.RoundPence(5_190_000m * 182 / 365), contract.ValueIn(new FinancialYear(2018)));
        Assert.Equal(2_587_890.41m, contract.ValueIn(new FinancialYear(2018)));
    }
}
