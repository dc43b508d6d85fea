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
    public async Task A_broker_finds_the_admitted_care_home_at_the_framework_rate_through_the_gateway()
    {
        using var broker = platform.ClientFor("E08000015", "broker");
        var eligible = JsonDocument.Parse(await broker.GetStringAsync(
            "/api/v1/eligible-providers?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02")).RootElement;
        Assert.Contains(eligible.GetProperty("providers").EnumerateArray(), p => p.GetProperty("odsCode").GetString() == "VNKAB");
        Assert.Equal(520.00m, Assert.Single(eligible.GetProperty("ratesInForce").EnumerateArray()).GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_demo_placement_request_invites_the_care_home_and_ranks_its_offer_with_the_arithmetic()
    {
        using var council = platform.ClientFor("E08000015", "commissioner", "finance-officer");
        var request = JsonDocument.Parse(await council.GetStringAsync("/api/v1/placement-requests")).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("needsSummary").GetString() == DemoData.CarePackagesDemo.NeedsSummary);
        Assert.Equal("VNKAB", Assert.Single(request.GetProperty("invitations").EnumerateArray()).GetProperty("providerCode").GetString());
        Assert.Equal(520.00m, Assert.Single(request.GetProperty("offers").EnumerateArray()).GetProperty("weeklyPrice").GetDecimal());
        var ranked = Assert.Single(JsonDocument.Parse(await council.GetStringAsync($"/api/v1/placement-requests/{request.GetProperty("id")}/ranking"))
            .RootElement.EnumerateArray());
        Assert.Equal("quality 80.00 × 60% = 48.00; cost 100.00 × 40% = 40.00; total 88.00", ranked.GetProperty("arithmetic").GetString());

        // Verified at £520 a week from Monday 9 April 2018: 357 days to 31 March 2019, £520 × 357 ÷ 7 = £26,520.00.
        var (fund, _) = await WirralPool.CouncilLine2018(council);
        var position = JsonDocument.Parse(await council.GetStringAsync($"/api/v1/funds/{fund}/position?financialYear=2018/19&month=12")).RootElement;
        var line = position.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == DemoData.CarePackagesDemo.LineCode);
        Assert.Equal(26_520.00m, line.GetProperty("figures").GetProperty("committed").GetDecimal());
    }

    [Fact]
    public async Task Wirrals_savings_plans_and_Plymouths_three_year_plan_read_as_the_tour_reads_them()
    {
        using var wirral = platform.ClientFor("E08000015", "finance-officer");
        var partnership = JsonDocument.Parse(await wirral.GetStringAsync("/api/v1/partnerships")).RootElement
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Wirral Integrated Commissioning Hub");
        var plans = JsonDocument.Parse(await wirral.GetStringAsync(
            $"/api/v1/partnerships/{partnership.GetProperty("id")}/savings-plans")).RootElement;
        // W:427-428: the council's £3.4m and the CCG's £12.3m for 2017/18; the CCG's 2016/17 QIPP missed by £5.0m.
        Assert.Equal(new[] { 3_400_000m, 8_800_000m, 12_300_000m }, plans.EnumerateArray()
            .Select(p => p.GetProperty("requirement").GetDecimal()).Order().ToArray());
        var missed = plans.EnumerateArray().Single(p => p.GetProperty("status").GetString() == "missed");
        Assert.Equal(("2016/17", 5_000_000m), (missed.GetProperty("financialYear").GetString(),
            missed.GetProperty("shortfall").GetDecimal()));

        using var plymouth = platform.ClientFor("99P", "finance-officer");
        var ccgPartnership = JsonDocument.Parse(await plymouth.GetStringAsync("/api/v1/partnerships")).RootElement[0];
        var agreement = JsonDocument.Parse(await plymouth.GetStringAsync(
            $"/api/v1/partnerships/{ccgPartnership.GetProperty("id")}/agreements")).RootElement[0].GetProperty("id");
        var plan = JsonDocument.Parse(await plymouth.GetStringAsync($"/api/v1/agreements/{agreement}/pool-plans"))
            .RootElement[0];
        Assert.Equal(3, plan.GetProperty("discrepancies").GetArrayLength());
    }

    [Fact]
    public async Task The_merged_api_description_lists_every_service_that_runs()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/partnerships", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/rate-cards", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/staffing-forecasts/{id}", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/webhook-endpoints", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/returns", out _));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public async Task Buf_curl_reads_the_wirral_fund_position_over_grpc_directly_and_through_the_gateway(bool throughGateway, bool withProtoFiles)
    {
        using var client = platform.ClientFor("E08000015", "finance-officer");
        var wirral = JsonDocument.Parse(await client.GetStringAsync("/api/v1/partnerships")).RootElement.EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Wirral Integrated Commissioning Hub");
        var agreement = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/partnerships/{wirral.GetProperty("id")}/agreements"))
            .RootElement[0].GetProperty("id").GetString();
        var fund = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/agreements/{agreement}/funds")).RootElement
            .EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "pooled").GetProperty("id").GetString();

        var url = (throughGateway ? platform.GatewayGrpc : $"http://127.0.0.1:{platform.ServicePortBase + 1}")
                  + "/commissioning.finance.v1.FinanceService/GetFundPosition";
        var request = "{\"fundId\":\"" + fund + "\",\"period\":{\"financialYear\":{\"startYear\":2017},\"month\":12}}";
        string[] call = ["curl", "--protocol", "grpc", "--http2-prior-knowledge",
            "-H", $"Authorization: Bearer {LocalPlatform.Token("E08000015", "finance-officer")}", "-d", request];
        if (withProtoFiles) call = [.. call, "--schema", Path.Combine(LocalPlatform.Root, "proto")];
        var answer = Tool.Run(Buf, [.. call, url]);
        // W 2017/18: £519.7m pooled (the Pot A lines of council, CCG and public health).
        Assert.Equal("51970000000", JsonDocument.Parse(answer).RootElement.GetProperty("budget").GetProperty("pence").GetString());
    }

    [Fact]
    public async Task An_operator_sees_dead_letters_through_the_gateway_and_nobody_else_does()
    {
        using var admin = platform.ClientFor("E08000015", "platform-admin");
        var page = JsonDocument.Parse(await admin.GetStringAsync("/admin/pooled-finance/dead-letters")).RootElement;
        Assert.Equal(0, page.GetProperty("count").GetInt32());
        using var officer = platform.ClientFor("E08000015", "finance-officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/admin/pooled-finance/dead-letters")).StatusCode);
    }

    [Fact]
    public void Buf_curl_lists_the_routed_services_through_the_gateway_by_reflection()
    {
        var listed = Tool.Run(Buf, "curl", "--protocol", "grpc", "--http2-prior-knowledge", "--list-services", platform.GatewayGrpc);
        Assert.Contains("commissioning.finance.v1.FinanceService", listed);
        Assert.Contains("commissioning.returns.v1.ReturnsService", listed);
    }

    [Theory]
    [InlineData("commissioning.finance.v1.FinanceService", 1, true)]
    [InlineData("commissioning.finance.v1.FinanceService", 1, false)]
    [InlineData("commissioning.contracts.v1.ContractsService", 11, true)]
    [InlineData("commissioning.contracts.v1.ContractsService", 11, false)]
    [InlineData("commissioning.carepackages.v1.CarePackagesService", 21, true)]
    [InlineData("commissioning.carepackages.v1.CarePackagesService", 21, false)]
    [InlineData("commissioning.workforce.v1.WorkforceService", 31, true)]
    [InlineData("commissioning.returns.v1.ReturnsService", 51, true)]
    [InlineData("commissioning.returns.v1.ReturnsService", 51, false)]
    public async Task Buf_curl_checks_each_service_health_directly_and_through_the_gateway_with_reflection_and_with_the_proto_files(
        string service, int grpcPortOffset, bool throughGateway)
    {
        var body = $"{{\"service\":\"{service}\"}}";
        var host = throughGateway ? platform.GatewayGrpc : $"http://127.0.0.1:{platform.ServicePortBase + grpcPortOffset}";
        var url = $"{host}/grpc.health.v1.Health/Check";
        string[] byReflection = ["curl", "--protocol", "grpc", "--http2-prior-knowledge", "-d", body, url];
        string[] bySchema = [.. byReflection[..^1], "--schema", Path.Combine(LocalPlatform.Root, "proto"), url];
        // The gateway mirrors the backend's readiness every few seconds; wait for the first report.
        for (var attempt = 0; attempt < 40 && !Tool.Run(Buf, byReflection).Contains("\"SERVING\""); attempt++)
            await Task.Delay(250);
        Assert.Contains("\"SERVING\"", Tool.Run(Buf, byReflection));
        Assert.Contains("\"SERVING\"", Tool.Run(Buf, bySchema));
    }
}
