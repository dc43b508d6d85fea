using System.Net.Http.Headers;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;
using static Returns.Tests.Api.ReturnsServiceTest;

namespace Returns.Tests.Api;

/// <summary>
/// GetPeriodStatus over h2c on the service's gRPC port, as another service or a partner asks it with the caller's
/// token: Wirral's CLD 2024/25 Q1, due 31 July 2024 (ReturnCalendar.DueOn; anchors B.1 L472), built, then signed
/// off; read by its returns officer and by an auditor; another council's officer and a provider user told it is
/// not found, as REST does (CouncilTenancy); bad requests refused naming their field (google.rpc.Status).
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class ReturnsGrpcTests(CarePackagesPartner carePackages) : IAsyncLifetime
{
    private const string AppToken = "sidecar-of-statutory-returns";
    private ServiceHost<Program> _service = null!;
    private GrpcChannel _channel = null!;
    private HttpClient _officer = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceHost<Program>(new Dictionary<string, string?>
        {
            ["APP_API_TOKEN"] = AppToken, ["Services:CarePackages"] = carePackages.GrpcAddress.ToString(),
        });
        _channel = GrpcChannel.ForAddress(_service.GrpcAddress);
        _officer = new HttpClient { BaseAddress = _service.HttpAddress };
        _officer.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Token(Wirral, Roles.ReturnsOfficer));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _officer.Dispose();
        _channel.Dispose();
        await _service.DisposeAsync();
    }

    private ReturnsService.ReturnsServiceClient Client => new(_channel);

    private static string Token(string organisation, string role) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, [role]));

    private static GetPeriodStatusRequest Q1Of2024(string council = Wirral) => new()
    {
        Kind = ReturnKind.Cld,
        Period = new Period { FinancialYear = new FinancialYear { StartYear = 2024 }, Quarter = 1 },
        Council = new OrganisationRef { Code = council, Kind = OrganisationKind.Council },
    };

    private Task<GetPeriodStatusResponse> Status(string organisation, string role) =>
        Client.GetPeriodStatusAsync(Q1Of2024(), PartnerClients.Bearer(Token(organisation, role))).ResponseAsync;

    [Fact]
    public async Task The_councils_officer_and_an_auditor_read_where_the_quarter_stands()
    {
        using var sidecar = new HttpClient { BaseAddress = _service.HttpAddress };
        sidecar.DefaultRequestHeaders.Add("dapr-api-token", AppToken);
        Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, "care-packages", "package-started", Started()));
        var opened = await Ok(_officer.PostAsJsonAsync("/api/v1/returns",
            new { kind = "cld", council = Wirral, period = "2024/25 Q1" }));
        var id = opened.GetProperty("id").GetString();
        await Ok(_officer.PostAsJsonAsync($"/api/v1/returns/{id}/collections", People));

        var built = await Status(Wirral, Roles.ReturnsOfficer);

        Assert.Equal((id, ReturnStatus.Built, 1, 0, ""),
            (built.ReturnId, built.Status, built.Version, built.ValidationErrors, built.SignedOffBy));
        Assert.Equal((2024, 7, 31), (built.SubmissionDue.Year, built.SubmissionDue.Month, built.SubmissionDue.Day));
        Assert.NotNull(built.LastBuiltAt);
        Assert.Equal((ReturnKind.Cld, 1), (built.Kind, built.Period.Quarter));
        Assert.Equal(DueState.Overdue, built.DueState); // the host's real clock is long past 31 July 2024
        await Ok(_officer.PostAsJsonAsync($"/api/v1/returns/{id}/validations", new { }));
        await Ok(_officer.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }));
        var signed = await Status("AUDITOR-ORG", Roles.Auditor);
        Assert.Equal((ReturnStatus.SignedOff, $"user-of-{Wirral}"), (signed.Status, signed.SignedOffBy));
    }

    [Fact]
    public async Task Another_councils_officer_and_a_provider_user_are_told_it_is_not_found()
    {
        await Ok(_officer.PostAsJsonAsync("/api/v1/returns",
            new { kind = "cld", council = Wirral, period = "2024/25 Q1" }));

        var other = await RpcRefusals.Refused(() => Client.GetPeriodStatusAsync(Q1Of2024(),
            PartnerClients.Bearer(Token(Liverpool, Roles.ReturnsOfficer))));
        var provider = await RpcRefusals.Refused(() => Client.GetPeriodStatusAsync(Q1Of2024(),
            PartnerClients.Bearer(Token(Wirral, Roles.ProviderUser))));
        var anonymous = await RpcRefusals.Refused(() => Client.GetPeriodStatusAsync(Q1Of2024()));

        Assert.Equal((StatusCode.NotFound, "period"), (other.StatusCode, other.Field()));
        Assert.Equal((StatusCode.NotFound, "period"), (provider.StatusCode, provider.Field()));
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(ReturnStatus.Open, (await Status(Wirral, Roles.Commissioner)).Status);
    }

    [Fact]
    public async Task A_request_the_service_cannot_answer_is_refused_naming_its_field()
    {
        var salt = Q1Of2024();
        salt.Kind = ReturnKind.Salt;
        var noCouncil = Q1Of2024();
        noCouncil.Council = null;
        var month = Q1Of2024();
        month.Period.Month = 7;
        var notOpened = Q1Of2024();
        notOpened.Period.Quarter = 2;
        var auditor = PartnerClients.Bearer(Token("AUDITOR-ORG", Roles.Auditor));

        Assert.Equal([(StatusCode.InvalidArgument, "kind", "known-return"),
                (StatusCode.InvalidArgument, "council.code", "council-with-social-services"),
                (StatusCode.InvalidArgument, "period", "period-exists"),
                (StatusCode.NotFound, "period", "not-found")],
            await Task.WhenAll(new[] { salt, noCouncil, month, notOpened }.Select(async request =>
            {
                var refused = await RpcRefusals.Refused(() => Client.GetPeriodStatusAsync(request, auditor));
                return (refused.StatusCode, refused.Field(), refused.Rule());
            })));
    }
}
