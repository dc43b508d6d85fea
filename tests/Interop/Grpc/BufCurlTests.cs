using System.Text.Json;
using Grpc.Tests;
using Xunit;

namespace Interop.Tests.Grpc;

/// <summary>
/// buf curl (@bufbuild/buf, connect-go's gRPC client) against our server: health and a real
/// method of every service, once discovering the schema by server reflection and once from the
/// proto files.
/// </summary>
public sealed class BufCurlTests(InteropServerFixture fixture) : IClassFixture<InteropServerFixture>
{
    private static readonly string Token = GrpcTestServer.Token();

    public static TheoryData<string, string, string, bool> RealMethods()
    {
        var methods = new (string Path, string Body, string Expect)[]
        {
            ("commissioning.finance.v1.FinanceService/CheckHeadroom",
                """{"budgetLineId":"ccg-a-01","amount":{"pence":"25000000","currencyCode":"GBP"}}""", "\"sufficient\": true"),
            ("commissioning.contracts.v1.ContractsService/GetContract", """{"contractId":"A-S75"}""", "\"519000000\""),
            ("commissioning.workforce.v1.WorkforceService/GetEstablishmentSummary", "{}", "\"totalFteHundredths\": \"11000\""),
            ("commissioning.carepackages.v1.CarePackagesService/GetPackageSummary", """{"packageId":"pkg-1"}""", "\"PACKAGE_STATUS_LIVE\""),
            ("commissioning.returns.v1.ReturnsService/GetPeriodStatus",
                """{"kind":"RETURN_KIND_CLD","period":{"financialYear":{"startYear":2018},"quarter":2}}""", "\"RETURN_STATUS_VALIDATED\""),
        };
        var data = new TheoryData<string, string, string, bool>();
        foreach (var (path, body, expect) in methods)
        {
            data.Add(path, body, expect, true);
            data.Add(path, body, expect, false);
        }
        return data;
    }

    public static TheoryData<string, bool> Services() => new()
    {
        { "", true }, { "", false },
        { "commissioning.contracts.v1.ContractsService", true }, { "commissioning.contracts.v1.ContractsService", false },
        { "commissioning.finance.v1.FinanceService", true }, { "commissioning.finance.v1.FinanceService", false },
        { "commissioning.workforce.v1.WorkforceService", true }, { "commissioning.workforce.v1.WorkforceService", false },
        { "commissioning.carepackages.v1.CarePackagesService", true }, { "commissioning.carepackages.v1.CarePackagesService", false },
        { "commissioning.returns.v1.ReturnsService", true }, { "commissioning.returns.v1.ReturnsService", false },
    };

    private Task<PeerResult> Curl(string path, string body, bool reflection, params string[] extra)
    {
        string[] schema = reflection ? [] : ["--schema", NodePeers.ProtoDirectory];
        return NodePeers.Run(NodePeers.Buf, ["curl", "--protocol", "grpc", "--http2-prior-knowledge", .. schema, .. extra,
            "-d", body, $"{fixture.Url}/{path}"]);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Health_of_every_service_is_SERVING(string service, bool reflection)
    {
        var result = await Curl("grpc.health.v1.Health/Check", JsonSerializer.Serialize(new { service }), reflection);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"SERVING\"", result.Stdout);
    }

    [Theory]
    [MemberData(nameof(RealMethods))]
    public async Task A_real_method_of_every_service_answers(string path, string body, string expect, bool reflection)
    {
        var result = await Curl(path, body, reflection, "-H", "Authorization: Bearer " + Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expect, result.Stdout);
    }

    [Fact]
    public async Task Reflection_lists_every_service()
    {
        var result = await NodePeers.Run(NodePeers.Buf, "curl", "--protocol", "grpc", "--http2-prior-knowledge", "--list-services", fixture.Url);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var service in Commissioning.Protos.CommissioningServices.All)
            Assert.Contains(service.FullName, result.Stdout);
        Assert.Contains("grpc.health.v1.Health", result.Stdout);
    }

    [Fact]
    public async Task A_server_stream_prints_every_message()
    {
        var result = await Curl("commissioning.contracts.v1.ContractsService/ListEligibleProviders",
            """{"serviceType":"home-care","locality":"wallasey"}""", reflection: true, "-H", "Authorization: Bearer " + Token);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1-101", result.Stdout);
        Assert.Contains("1-103", result.Stdout);
    }

    [Fact]
    public async Task An_invalid_argument_shows_its_field_violation()
    {
        var result = await Curl("commissioning.finance.v1.FinanceService/CheckHeadroom",
            """{"budgetLineId":"ccg-a-01","amount":{"pence":"-1","currencyCode":"GBP"}}""", reflection: true, "-H", "Authorization: Bearer " + Token);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("invalid_argument", result.Stderr);
        Assert.Contains("google.rpc.BadRequest", result.Stderr);
        Assert.Contains("amount", result.Stderr);
    }

    [Fact]
    public async Task No_token_is_unauthenticated()
    {
        var result = await Curl("commissioning.contracts.v1.ContractsService/GetContract", """{"contractId":"A-S75"}""", reflection: false);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("unauthenticated", result.Stderr);
    }
}
