using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Workforce.V1;
using Commissioning.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// GetEstablishmentSummary over h2c, as another service asks it with the caller's token: A's teams in
/// FTE hundredths (A §1.15 L374-377: 63 + 23 + 24 = 110 FTE, 9 + 4 + 5 = 18 vacant, £5.19m), one team
/// on its own, and an employer the caller's organisation is not answered NOT_FOUND.
/// </summary>
public sealed class EstablishmentGrpcTests : IAsyncLifetime
{
    private ServiceHost<Program> _service = null!;
    private WirralWorkforce _a = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceHost<Program>();
        _a = await Create(_service);
        await _a.StateATable();
        _channel = GrpcChannel.ForAddress(_service.GrpcAddress);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _service.DisposeAsync();
    }

    private WorkforceService.WorkforceServiceClient Client => new(_channel);

    private static GetEstablishmentSummaryRequest Of(string code) =>
        new() { Employer = new OrganisationRef { Code = code, Kind = OrganisationKind.Council } };

    [Fact]
    public async Task A_commissioner_of_the_employer_reads_the_documents_counts_and_cost()
    {
        var summary = await Client.GetEstablishmentSummaryAsync(Of(Wirral),
            PartnerClients.Bearer(Token(Wirral, Roles.Commissioner)));
        Assert.Equal(11_000, summary.TotalFteHundredths);
        Assert.Equal(1_800, summary.TotalVacantFteHundredths);
        Assert.Equal(519_000_000, summary.AnnualStaffCost.Pence);
        Assert.Equal(3, summary.Teams.Count);

        var ids = Of(Wirral);
        ids.TeamIds.Add(summary.Teams.Single(t => t.Name == "Integrated Disability Service").TeamId);
        var one = await Client.GetEstablishmentSummaryAsync(ids, PartnerClients.Bearer(Token(Wirral,
            Roles.HrOfficer)));
        Assert.Equal(2_300, one.TotalFteHundredths);
        Assert.Equal(104_000_000, one.AnnualStaffCost.Pence);
    }

    [Fact]
    public async Task Another_organisation_is_told_the_employer_is_not_found_and_a_provider_user_is_refused()
    {
        var other = await Assert.ThrowsAsync<RpcException>(async () => await Client.GetEstablishmentSummaryAsync(
            Of(Wirral), PartnerClients.Bearer(Token(Cwp, Roles.HrOfficer))));
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        var provider = await Assert.ThrowsAsync<RpcException>(async () => await Client.GetEstablishmentSummaryAsync(
            Of(Wirral), PartnerClients.Bearer(Token(Wirral, Roles.ProviderUser))));
        Assert.Equal(StatusCode.PermissionDenied, provider.StatusCode);
    }
}
