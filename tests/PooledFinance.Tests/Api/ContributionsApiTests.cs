using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>Contributions with instalments and receipts, and debts held outside the pool, over HTTP with W's and P's figures.</summary>
public sealed class ContributionsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _p = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _p = await PartnerPool.Plymouth(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private object CcgContribution(decimal amount = 321_000_000m, string source = "revenue-budget", Guid? partner = null) => new
    {
        partnerBodyId = partner ?? _p.CcgId, financialYear = "2015/16", basis = "What the CCG would have spent itself (P:L372)",
        basisAmount = amount, source,
    };

    [Fact]
    public async Task The_CCG_agrees_321m_in_four_quarterly_instalments_and_pays_the_first_P_L304()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        var proposed = await Ok(ccg.PostAsJsonAsync(_p.Fund("/contributions"), new
        {
            partnerBodyId = _p.CcgId, financialYear = "2015/16", basis = "CCG commissioning budget for pooled services", basisAmount = 320_000_000m,
            source = "revenue-budget", adjustments = new[] { new { description = "Community equipment brought into scope", amount = 1_000_000m, recordedOn = "2015-02-01" } },
        }));
        var id = Id(proposed);
        var agreed = await Ok(ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/agreement"), new { agreedOn = "2015-03-01", frequency = "quarterly" }));

        Assert.Equal(321_000_000m, agreed.GetProperty("total").GetDecimal());
        var instalments = agreed.GetProperty("instalments").EnumerateArray()
            .Select(i => (i.GetProperty("dueOn").GetString(), i.GetProperty("amount").GetDecimal())).ToList();
        Assert.Equal([("2015-04-01", 80_250_000m), ("2015-07-01", 80_250_000m), ("2015-10-01", 80_250_000m), ("2016-01-01", 80_250_000m)], instalments);

        var paid = await Ok(ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/receipts"), new { reference = "BACS 0401", amount = 80_250_000m, receivedOn = "2015-04-01" }));
        Assert.Equal(240_750_000m, paid.GetProperty("outstanding").GetDecimal());
        var agreedEvent = Assert.Single(await _p.Events("contribution-agreed"));
        Assert.Equal("32100000000", agreedEvent.GetProperty("total").GetProperty("pence").GetString());
    }

    [Fact]
    public async Task A_variation_re_spreads_the_unpaid_balance_over_instalments_not_yet_due_and_is_published()
    {
        using var council = _p.Council(Roles.FinanceOfficer);
        var id = Id(await Ok(council.PostAsJsonAsync(_p.Fund("/contributions"), new
        {
            partnerBodyId = _p.CouncilId, financialYear = "2015/16", basis = "Council adult social care budget", basisAmount = 100_000_000m, source = "revenue-budget",
        })));
        await Ok(council.PostAsJsonAsync(_p.Fund($"/contributions/{id}/agreement"), new { agreedOn = "2015-03-01", frequency = "quarterly" }));

        // A £300k cut below the £500k materiality threshold (P:L375) absorbed in Q3 and Q4.
        var varied = await Ok(council.PostAsJsonAsync(_p.Fund($"/contributions/{id}/variations"), new
        {
            description = "Grant reduction absorbed by the pool", amount = -300_000m, variedOn = "2015-08-15",
        }));
        var amounts = varied.GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("amount").GetDecimal()).ToList();
        Assert.Equal([25_000_000m, 25_000_000m, 24_850_000m, 24_850_000m], amounts);
        Assert.Equal(99_700_000m, varied.GetProperty("total").GetDecimal());
        Assert.Single(await _p.Events("contribution-varied"));
    }

    [Theory]
    [InlineData("-1", "basisAmount", HttpStatusCode.BadRequest)]
    [InlineData("321000000.001", "basisAmount", HttpStatusCode.BadRequest)]
    public async Task A_negative_or_fractional_penny_basis_is_refused_naming_the_field_and_nothing_is_written(string amount, string field, HttpStatusCode status)
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        await Refused(ccg.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))), status, field);
        Assert.Equal(0, (await Ok(ccg.GetAsync(_p.Fund("/contributions")))).GetArrayLength());
    }

    [Fact]
    public async Task Reserves_never_enter_the_pool_P_L379_and_nothing_is_written()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        await Refused(ccg.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution(source: "reserve")), HttpStatusCode.Forbidden, "source");
        Assert.Equal(0, (await Ok(ccg.GetAsync(_p.Fund("/contributions")))).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_partner_is_refused_naming_the_field_and_nothing_is_written()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        await Refused(ccg.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution(partner: Guid.NewGuid())), HttpStatusCode.NotFound, "partnerBodyId");
        Assert.Equal(0, (await Ok(ccg.GetAsync(_p.Fund("/contributions")))).GetArrayLength());
    }

    [Fact]
    public async Task A_fractional_penny_receipt_is_refused_and_the_receipts_are_unchanged()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        var id = Id(await Ok(ccg.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution())));
        await Ok(ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/agreement"), new { agreedOn = "2015-03-01", frequency = "quarterly" }));

        await Refused(ccg.PostAsJsonAsync(_p.Fund($"/contributions/{id}/receipts"), new { reference = "BACS", amount = 80_250_000.005m, receivedOn = "2015-04-01" }),
            HttpStatusCode.BadRequest, "amount");
        Assert.Equal(0, (await Ok(ccg.GetAsync(_p.Fund($"/contributions/{id}")))).GetProperty("receipts").GetArrayLength());
    }

    [Fact]
    public async Task The_other_partner_reads_my_contribution_but_cannot_change_it_W_716()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        using var council = _p.Council(Roles.FinanceOfficer);
        var id = Id(await Ok(ccg.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution())));

        Assert.Equal(321_000_000m, (await Ok(council.GetAsync(_p.Fund($"/contributions/{id}")))).GetProperty("total").GetDecimal());
        await Refused(council.PostAsJsonAsync(_p.Fund($"/contributions/{id}/adjustments"), new { description = "Cut", amount = -1_000_000m, recordedOn = "2015-03-01" }),
            HttpStatusCode.Forbidden, "contributionId");
        await Refused(council.PostAsJsonAsync(_p.Fund("/contributions"), CcgContribution()), HttpStatusCode.Forbidden, "contributionId");
        var stored = await Ok(ccg.GetAsync(_p.Fund($"/contributions/{id}")));
        Assert.Equal((321_000_000m, 0), (stored.GetProperty("total").GetDecimal(), stored.GetProperty("adjustments").GetArrayLength()));
    }

    [Fact]
    public async Task A_provider_user_sees_nothing_and_a_non_partner_is_refused()
    {
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(_p.Fund("/contributions"))).StatusCode);
        using var wirral = _service.ClientFor("E08000015", Roles.FinanceOfficer);
        await Refused(wirral.GetAsync(_p.Fund("/contributions")), HttpStatusCode.NotFound, "fundId");
    }

    [Fact]
    public async Task A_debt_stays_outside_the_pool_with_its_owner_who_alone_repays_it_W_427()
    {
        using var ccg = _p.Ccg(Roles.FinanceOfficer);
        using var council = _p.Council(Roles.FinanceOfficer);
        var debts = $"/api/v1/agreements/{_p.AgreementId}/debts";
        // W:434: NHS England's £9.8m top-slice on the CCG's allocation.
        var debt = await Ok(ccg.PostAsJsonAsync(debts, new
        {
            ownerBodyId = _p.CcgId, kind = "top-slice", description = "NHS England allocation top-slice", incurredIn = "2015/16", amount = 9_800_000m,
        }));
        Assert.Equal(9_800_000m, debt.GetProperty("outstanding").GetDecimal());

        await Refused(council.PostAsJsonAsync($"{debts}/{Id(debt)}/repayments", new { amount = 1_000_000m, paidOn = "2015-06-01" }),
            HttpStatusCode.Forbidden, "debtObligationId");
        await Refused(ccg.PostAsJsonAsync(debts, new
        {
            ownerBodyId = _p.CcgId, kind = "prior-year-deficit", description = "Deficit", incurredIn = "2014/15", amount = -5m,
        }), HttpStatusCode.BadRequest, "amount");
        var repaid = await Ok(ccg.PostAsJsonAsync($"{debts}/{Id(debt)}/repayments", new { amount = 1_000_000m, paidOn = "2015-06-01" }));

        Assert.Equal(8_800_000m, repaid.GetProperty("outstanding").GetDecimal());
        var listed = (await Ok(council.GetAsync(debts))).EnumerateArray().ToList();
        Assert.Equal(8_800_000m, Assert.Single(listed).GetProperty("outstanding").GetDecimal());
    }
}
