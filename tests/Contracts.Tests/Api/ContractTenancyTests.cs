using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Contracts.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Contracts.Tests.Api.WirralMarket;
using static System.Net.HttpStatusCode;

namespace Contracts.Tests.Api;

/// <summary>
/// A contract belongs to its parties (issue 15): Wirral Council's s75 delegation to CWP (A §3.8) is the council's
/// and CWP's, not the CCG's, until a novation to the CCG (P:L438, with every party's approval) moves it and its
/// monitoring to the CCG's and CWP's tenancy (audited as such), when the council, no longer a party, finds
/// it no more.
/// </summary>
public sealed class ContractTenancyTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;
    private HttpClient _ccg = null!;
    private HttpClient _cwp = null!;
    private WirralMarket _market = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        _ccg = _service.ClientFor(WirralCcg, Roles.Commissioner);
        _cwp = _service.ClientFor(Cwp, Roles.ProviderUser);
        _market = await WirralMarket.Create(_council);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_novated_contract_and_its_monitoring_move_to_the_new_hosts_tenancy()
    {
        var contract = Id(await Read(await _council.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())));
        var before = await Statuses(contract);

        await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{contract}/novations", new
        {
            toCommissioner = WirralCcg, effectiveOn = "2019-04-01",
            approvals = new[]
            {
                Approval(WirralCouncil, "2019-03-01"), Approval(WirralCcg, "2019-03-01"), Approval(Cwp, "2019-03-01"),
            },
        }));
        var after = await Statuses(contract);

        Assert.Equal([OK, OK, NotFound, NotFound, OK], before);
        Assert.Equal([NotFound, NotFound, OK, OK, OK], after);
        var hosted = await Read(await _ccg.GetAsync($"/api/v1/contracts/{contract}"));
        Assert.Equal(WirralCcg, hosted.GetProperty("leadCommissioner").GetString());
        Assert.Equal(0, (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength());
        Assert.Equal([contract], (await Read(await _ccg.GetAsync("/api/v1/contracts"))).EnumerateArray().Select(Id));
        Assert.Contains("\"$tenancy\":{\"from\":\"E08000015 RXA\",\"to\":\"12F RXA\"}", await MonitoringAudit());
    }

    [Fact]
    public async Task An_organisation_naming_both_parties_at_once_is_party_to_nothing()
    {
        var contract = Id(await Read(await _council.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())));
        using var both = _service.ClientFor($"{WirralCouncil} {Cwp}", Roles.Commissioner);

        Assert.Equal(NotFound, (await both.GetAsync($"/api/v1/contracts/{contract}")).StatusCode);
        Assert.Equal(0, (await Read(await both.GetAsync("/api/v1/contracts"))).GetArrayLength());
    }

    /// <summary>What the audit trail says changed in the contract's monitoring (the novation moved it).</summary>
    private async Task<string> MonitoringAudit()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContractsStore>();
        return await store.AuditRecords.Where(a => a.EntityType == "ContractMonitoring" && a.Action == "modified")
            .Select(a => a.Changes).SingleAsync();
    }

    /// <summary>The council's and the CCG's reads of the contract and its monitoring, then CWP's of it.</summary>
    private async Task<HttpStatusCode[]> Statuses(Guid contract) =>
    [
        (await _council.GetAsync($"/api/v1/contracts/{contract}")).StatusCode,
        (await _council.GetAsync($"/api/v1/contracts/{contract}/monitoring")).StatusCode,
        (await _ccg.GetAsync($"/api/v1/contracts/{contract}")).StatusCode,
        (await _ccg.GetAsync($"/api/v1/contracts/{contract}/monitoring")).StatusCode,
        (await _cwp.GetAsync($"/api/v1/contracts/{contract}")).StatusCode,
    ];
}
