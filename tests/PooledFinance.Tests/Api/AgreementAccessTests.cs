using System.Net;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>Open book for partners (W:716) on the existing partnership and agreement reads; provider users see nothing.</summary>
public sealed class AgreementAccessTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_other_partner_reads_the_agreement_and_a_body_outside_the_partnership_cannot()
    {
        using var ccg = _w.Ccg(Roles.FinanceOfficer);
        Assert.Equal("Wirral Integrated Commissioning Hub s75", (await Ok(ccg.GetAsync($"/api/v1/agreements/{_w.AgreementId}"))).GetProperty("title").GetString());
        using var plymouth = _service.ClientFor("E06000026", Roles.Commissioner);
        await Refused(plymouth.GetAsync($"/api/v1/agreements/{_w.AgreementId}"), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task A_provider_user_sees_no_partnership_or_agreement()
    {
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/partnerships")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/v1/agreements/{_w.AgreementId}")).StatusCode);
        using var partner = _w.Council(Roles.FinanceOfficer);
        var partnershipId = (await Ok(partner.GetAsync("/api/v1/partnerships")))[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/v1/partnerships/{partnershipId}/agreements")).StatusCode);
    }
}
