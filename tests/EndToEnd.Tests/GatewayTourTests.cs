using System.Net;
using System.Text.Json;
using Commissioning.Testing;
using Xunit;

namespace EndToEnd.Tests;

/// <summary>The README's tour, as a newcomer runs it: a token, then REST and gRPC through the gateway.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GatewayTourTests(LocalPlatform platform)
{
    private static readonly string Buf = Path.Combine(LocalPlatform.Root, "tests/Interop/node/node_modules/.bin/buf");

    [Fact]
    public async Task A_token_reaches_the_demo_partnerships_through_the_gateway()
    {
        using var client = platform.ClientFor("E08000015", "finance-officer");
        var partnerships = JsonDocument.Parse(await client.GetStringAsync("/api/v1/partnerships")).RootElement;
        Assert.Contains(partnerships.EnumerateArray(), p => p.GetProperty("name").GetString() == "Wirral Integrated Commissioning Hub");
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/partnerships")).StatusCode);
    }

    [Fact]
    public async Task The_merged_api_description_lists_every_service_that_runs()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/partnerships", out _));
    }

    [Fact]
    public void Buf_curl_lists_the_routed_services_through_the_gateway_by_reflection()
    {
        var listed = Tool.Run(Buf, "curl", "--protocol", "grpc", "--http2-prior-knowledge", "--list-services", platform.GatewayGrpc);
        Assert.Contains("commissioning.finance.v1.FinanceService", listed);
    }

    [Fact]
    public void Buf_curl_checks_a_service_health_through_the_gateway_with_reflection_and_with_the_proto_files()
    {
        var body = """{"service":"commissioning.finance.v1.FinanceService"}""";
        var url = $"{platform.GatewayGrpc}/grpc.health.v1.Health/Check";
        var byReflection = Tool.Run(Buf, "curl", "--protocol", "grpc", "--http2-prior-knowledge", "-d", body, url);
        Assert.Contains("\"SERVING\"", byReflection);
        var bySchema = Tool.Run(Buf, "curl", "--protocol", "grpc", "--http2-prior-knowledge",
            "--schema", Path.Combine(LocalPlatform.Root, "proto"), "-d", body, url);
        Assert.Contains("\"SERVING\"", bySchema);
    }
}
