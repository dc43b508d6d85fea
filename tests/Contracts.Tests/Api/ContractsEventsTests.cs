using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// The contract and provider events pooled finance and brokerage hear, read back from the outbox:
/// commitments by financial year on every contract event, novation, and a provider's return to brokerage.
/// A's s75 delegation: £5.19m a year (A R-CON-01, §4.1 L784) for four years from 1 April 2018 (A §3.8 L768).
/// </summary>
public sealed class ContractsEventsTests : IAsyncLifetime
{
    private const long S75YearPence = 519_000_000;
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;
    private WirralMarket _market = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        _market = await WirralMarket.Create(_council);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_award_commits_5_19m_in_each_financial_year_2018_19_to_2021_22_A_L784()
    {
        var contract = await Award();

        var awarded = Assert.Single(await Outbox.Events(_service.Services, "contract-awarded"));

        Assert.Equal(contract.ToString(), awarded.GetProperty("contractId").GetString());
        Assert.Equal([(2018, S75YearPence), (2019, S75YearPence), (2020, S75YearPence), (2021, S75YearPence)], Outbox.Commitments(awarded));
        // The line each year's commitment goes to in pooled finance, at the first revision.
        Assert.Equal(("5a1c7f0e-0000-4000-8000-000000000075", "COUNCIL-ASC", 0),
            (awarded.GetProperty("fundId").GetString(), awarded.GetProperty("budgetLineCode").GetString(), awarded.GetProperty("commitmentRevision").GetInt32()));
    }

    [Fact]
    public async Task A_variation_publishes_every_years_commitment_after_it_A_L813()
    {
        // A Table 1 / L813: the 1% pay award is about £0.05m, so £5.24m a year from 2019/20.
        var contract = await Award();
        await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{contract}/variations", new
        {
            reason = "1% pay award", effectiveFrom = "2019-04-01", annualValueChange = 50_000m, newEndsOn = (string?)null,
            approvals = new[] { Approval(WirralCouncil, "2019-03-01") },
        }));

        var varied = Assert.Single(await Outbox.Events(_service.Services, "contract-varied"));

        Assert.Equal([(2018, S75YearPence), (2019, 524_000_000L), (2020, 524_000_000L), (2021, 524_000_000L)], Outbox.Commitments(varied));
        Assert.Equal(1, varied.GetProperty("commitmentRevision").GetInt32());
    }

    [Fact]
    public async Task Notice_publishes_the_shortened_commitment_pro_rata_to_the_last_day_P_L421()
    {
        // P:L421: 30 November 2019 + 3 months = 29 February 2020; 2019/20 has 366 days, 335 of them
        // in force: 5,190,000 x 335 / 366 = £4,750,409.84.
        var contract = await Award();
        await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{contract}/notice", new
        {
            servedOn = "2019-11-30", reason = "Service redesign", consultationReference = "Cabinet minute 2019/88",
        }));

        var terminated = Assert.Single(await Outbox.Events(_service.Services, "contract-terminated"));

        Assert.Equal(new DateOnly(2020, 2, 29), Date(terminated.GetProperty("effectiveOn")));
        Assert.Equal([(2018, S75YearPence), (2019, 475_040_984L)], Outbox.Commitments(terminated));
        Assert.Equal(("COUNCIL-ASC", 1), (terminated.GetProperty("budgetLineCode").GetString(), terminated.GetProperty("commitmentRevision").GetInt32()));
    }

    [Fact]
    public async Task A_novation_to_the_CCG_as_host_is_published_with_both_hosts_P_L438()
    {
        // P:L438: contracts novate to the host when pooled-fund hosting starts; outgoing and incoming host and provider consent.
        var contract = await Award();
        await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{contract}/novations", new
        {
            toCommissioner = WirralCcg, effectiveOn = "2019-04-01",
            approvals = new[] { Approval(WirralCouncil, "2019-03-01"), Approval(WirralCcg, "2019-03-01"), Approval(Cwp, "2019-03-01") },
        }));

        var novated = Assert.Single(await Outbox.Events(_service.Services, "contract-novated"));

        Assert.Equal(contract.ToString(), novated.GetProperty("contractId").GetString());
        Assert.Equal(Cwp, novated.GetProperty("provider").GetProperty("code").GetString());
        Assert.Equal(WirralCouncil, novated.GetProperty("previousLeadCommissioner").GetProperty("code").GetString());
        Assert.Equal(WirralCcg, novated.GetProperty("leadCommissioner").GetProperty("code").GetString());
        Assert.Equal(new DateOnly(2019, 4, 1), Date(novated.GetProperty("effectiveFrom")));
    }

    [Fact]
    public async Task A_novation_without_the_providers_consent_publishes_nothing()
    {
        var contract = await Award();

        var refused = await _council.PostAsJsonAsync($"/api/v1/contracts/{contract}/novations", new
        {
            toCommissioner = WirralCcg, effectiveOn = "2019-04-01",
            approvals = new[] { Approval(WirralCouncil, "2019-03-01"), Approval(WirralCcg, "2019-03-01") },
        });

        Assert.Equal((422, "approvals"), await Problem(refused));
        Assert.Empty(await Outbox.Events(_service.Services, "contract-novated"));
    }

    [Fact]
    public async Task A_lifted_suspension_is_published_as_eligible_again_after_the_suspension()
    {
        var careHome = $"/api/v1/providers/{_market.CareHomeId}";
        await Read(await _council.PostAsJsonAsync($"{careHome}/suspension", new { reason = "Safeguarding embargo", on = "2018-06-04" }));
        await Read(await _council.PostAsJsonAsync($"{careHome}/reinstatement", new { on = "2018-07-02" }));

        var suspended = Assert.Single(await Outbox.Events(_service.Services, "provider-suspended"));
        var again = Assert.Single(await Outbox.Events(_service.Services, "provider-eligible-again"));

        Assert.Equal("Suspended: Safeguarding embargo", suspended.GetProperty("reason").GetString());
        Assert.Equal(CareHome, again.GetProperty("provider").GetProperty("code").GetString());
        Assert.Equal("Oak Lodge Care Home", again.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal(("Suspension lifted", new DateOnly(2018, 7, 2)), (again.GetProperty("reason").GetString(), Date(again.GetProperty("effectiveFrom"))));
    }

    private async Task<Guid> Award() => Id(await Read(await _council.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())));

    private static DateOnly Date(JsonElement date) =>
        new(date.GetProperty("year").GetInt32(), date.GetProperty("month").GetInt32(), date.GetProperty("day").GetInt32());
}
