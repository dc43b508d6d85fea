using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Protos.Contracts.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;
using Xunit.Abstractions;

namespace Gateway.Tests;

/// <summary>The gateway between a real caller and real backends, each behaving as one case needs.</summary>
public sealed class GatewayTests(RedisServer redis, ITestOutputHelper output) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly TaskCompletionSource<long> _firstBytesSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _backendCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _posts;
    private Backend _rest = null!;
    private Backend _grpc = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _rest = await Backend.Start(MapRest);
        _grpc = await Backend.Start(MapGrpc, http2Only: true);
        _gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["Limits:MaxRequestBodyBytes"] = null, // the 50 MB body streams through
            ["RateLimits:Burst"] = "20",
            ["RateLimits:PerSecond"] = "1",
            ["ReverseProxy:Routes:api:ClusterId"] = "rest",
            ["ReverseProxy:Routes:api:RateLimiterPolicy"] = "partner",
            ["ReverseProxy:Routes:api:Match:Path"] = "/api/v1/{**rest}",
            ["ReverseProxy:Routes:finance:ClusterId"] = "rest",
            ["ReverseProxy:Routes:finance:Match:Path"] = "/finance/{**rest}",
            ["ReverseProxy:Routes:finance:AuthorizationPolicy"] = "finance-officer",
            ["ReverseProxy:Routes:finance:Transforms:0:PathRemovePrefix"] = "/finance",
            // The same backend behind a 2-second answer timeout, for the 504 test alone: the other routes keep
            // the default, so a slow moment on a shared machine never turns their answers into 504s.
            ["ReverseProxy:Routes:impatient:ClusterId"] = "impatient",
            ["ReverseProxy:Routes:impatient:Match:Path"] = "/impatient/{**rest}",
            ["ReverseProxy:Routes:impatient:Transforms:0:PathRemovePrefix"] = "/impatient",
            ["ReverseProxy:Routes:down:ClusterId"] = "down",
            ["ReverseProxy:Routes:down:Match:Path"] = "/down/{**rest}",
            ["ReverseProxy:Routes:grpc:ClusterId"] = "grpc",
            ["ReverseProxy:Routes:grpc:Match:Path"] = "/commissioning.finance.v1.FinanceService/{method}",
            ["ReverseProxy:Routes:grpc-down:ClusterId"] = "grpc-down",
            ["ReverseProxy:Routes:grpc-down:Match:Path"] = "/commissioning.contracts.v1.ContractsService/{method}",
            ["ReverseProxy:Clusters:grpc-down:Destinations:main:Address"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ReverseProxy:Clusters:grpc-down:HttpRequest:Version"] = "2",
            ["ReverseProxy:Clusters:grpc-down:HttpRequest:VersionPolicy"] = "RequestVersionExact",
            ["ReverseProxy:Clusters:rest:Destinations:main:Address"] = _rest.Address.ToString(),
            ["ReverseProxy:Clusters:impatient:Destinations:main:Address"] = _rest.Address.ToString(),
            ["ReverseProxy:Clusters:impatient:HttpRequest:ActivityTimeout"] = "00:00:02",
            ["ReverseProxy:Clusters:down:Destinations:main:Address"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ReverseProxy:Clusters:grpc:Destinations:main:Address"] = _grpc.Address.ToString(),
            ["ReverseProxy:Clusters:grpc:HttpRequest:Version"] = "2",
            ["ReverseProxy:Clusters:grpc:HttpRequest:VersionPolicy"] = "RequestVersionExact",
        });
        await FreePort.WaitUntilListening(_gateway.HttpPort, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
        await _grpc.DisposeAsync();
    }

    private void MapRest(WebApplication app)
    {
        app.MapGet("/api/v1/echo-headers", (HttpRequest request) =>
            request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()));
        app.MapGet("/reports", () => "finance only");
        app.MapGet("/health/ready", () => "Healthy");
        app.MapPost("/api/v1/upload", async (HttpRequest request) =>
        {
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer)) > 0)
            {
                total += read;
                _firstBytesSeen.TrySetResult(total);
            }
            return Results.Ok(new { received = total });
        });
        app.MapGet("/api/v1/slow", async (HttpContext context) =>
        {
            _slowRequestArrived.TrySetResult();
            try { await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); }
            catch (OperationCanceledException) { _backendCancelled.TrySetResult(); }
        });
        app.MapPost("/api/v1/placements", async (HttpRequest request) =>
        {
            var number = Interlocked.Increment(ref _posts);
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            return Results.Created($"/api/v1/placements/{number}", new { number, body });
        });
    }

    private static void MapGrpc(WebApplication app) =>
        app.MapPost("/commissioning.finance.v1.FinanceService/CheckHeadroom", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(new byte[] { 0, 0, 0, 0, 2, 8, 1 }); // one frame: field 1 = 1
            context.Response.AppendTrailer("grpc-status", "0");
            context.Response.AppendTrailer("grpc-message", "");
        });

    [Fact]
    public async Task A_50_MB_body_streams_through_without_being_held()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        var body = new GatedStream(totalBytes: 50L * 1024 * 1024, gateAfter: 1024 * 1024, gate: _firstBytesSeen.Task);
        var response = await client.PostAsync("/api/v1/upload", new StreamContent(body));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(50L * 1024 * 1024, json.GetProperty("received").GetInt64());
        // The caller held back the last 49 MB until the backend had bytes: only streaming gets here.
        Assert.True(await _firstBytesSeen.Task <= 1024 * 1024);
    }

    [Fact]
    public async Task A_grpc_call_passes_through_with_its_trailers()
    {
        using var client = _gateway.Http2For("E08000015", "finance-officer");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/commissioning.finance.v1.FinanceService/CheckHeadroom")
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new MediaTypeHeaderValue("application/grpc") } },
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 0, 0, 2, 8, 1 }, bytes);
        Assert.Equal("0", response.TrailingHeaders.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task A_backend_that_is_down_is_a_502_problem()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        var response = await client.GetAsync("/down/anything");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_grpc_backend_that_is_down_is_unavailable_to_a_grpc_client()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_gateway.GrpcPort}");
        var contracts = new ContractsService.ContractsServiceClient(channel);
        var headers = new Metadata { { "Authorization", $"Bearer {GatewayHost.Token("E08000015", "commissioner")}" } };
        var failed = await Assert.ThrowsAsync<RpcException>(() =>
            contracts.GetRateInForceAsync(new GetRateInForceRequest(), headers).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, failed.StatusCode);
        Assert.Equal("The service cannot be reached.", failed.Status.Detail);
    }

    [Fact]
    public async Task A_slow_backend_is_a_504_problem()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        var response = await client.GetAsync("/impatient/api/v1/slow");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(504, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_caller_who_goes_away_cancels_the_backend_request()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        using var abandon = new CancellationTokenSource();
        var call = client.GetAsync("/api/v1/slow", abandon.Token);
        await _slowRequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        abandon.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await _backendCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Past_the_rate_limit_an_organisation_gets_429_with_retry_after_and_others_do_not()
    {
        using var busy = _gateway.ClientFor("RXA", "provider-user");
        // Sent until the first refusal, which is read itself: a slow moment on a shared machine refills a
        // token a second, so a fixed count or a second request could slip under the limit.
        HttpResponseMessage? refused = null;
        var sent = 0;
        while (refused is null && sent < 100)
        {
            var response = await busy.GetAsync("/api/v1/echo-headers");
            sent++;
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
        }
        Assert.NotNull(refused);
        Assert.True(sent > 20, $"refused after {sent} requests, inside the burst of 20");
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        using var other = _gateway.ClientFor("12F", "commissioner");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/echo-headers")).StatusCode);
    }

    [Fact]
    public async Task A_repeated_post_with_the_same_key_replays_the_first_answer()
    {
        using var client = _gateway.ClientFor("E08000015", "broker");
        var first = await Post(client, "key-1", "{\"serviceType\":\"residential\"}");
        var second = await Post(client, "key-1", "{\"serviceType\":\"residential\"}");
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, _posts);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422()
    {
        using var client = _gateway.ClientFor("E08000015", "broker");
        Assert.Equal(HttpStatusCode.Created, (await Post(client, "key-2", "{\"hours\":14}")).StatusCode);
        var response = await Post(client, "key-2", "{\"hours\":15}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, _posts);
    }

    [Fact]
    public async Task A_replay_is_served_only_to_the_same_subject_organisation_and_roles()
    {
        const string body = "{\"serviceType\":\"nursing\"}";
        using var broker = _gateway.ClientFor("E08000015", "broker");
        Assert.Equal(HttpStatusCode.Created, (await Post(broker, "key-3", body)).StatusCode);

        using var otherRoles = _gateway.ClientFor("E08000015", "broker", "commissioner"); // the same user
        var refused = await Post(otherRoles, "key-3", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
        Assert.False(refused.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, _posts);

        // Another user of the organisation, and the same user name in another organisation, own other keys.
        using var colleague = _gateway.Anonymous();
        colleague.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevelopmentTokens.Mint(new DevelopmentTokenRequest("colleague", "E08000015", ["broker"])));
        using var otherOrganisation = _gateway.ClientFor("00L", "broker");
        foreach (var other in new[] { colleague, otherOrganisation })
        {
            var response = await Post(other, "key-3", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.False(response.Headers.Contains("Idempotent-Replayed"));
        }
        Assert.Equal(3, _posts);
        Assert.Equal("true", (await Post(broker, "key-3", body)).Headers.GetValues("Idempotent-Replayed").Single());
    }

    [Theory]
    [MemberData(nameof(KestrelRefusals.Cases), MemberType = typeof(KestrelRefusals))]
    public async Task Kestrels_own_refusal_at_the_gateway_is_a_problem(string refusal, string request, int status)
    {
        Assert.NotEmpty(refusal);
        await KestrelRefusals.AssertProblem(new Uri($"http://127.0.0.1:{_gateway.HttpPort}"), request, status);
    }

    [Theory]
    [MemberData(nameof(KestrelRefusals.HeadCases), "/api/v1/echo-headers", MemberType = typeof(KestrelRefusals))]
    public async Task A_refused_HEAD_at_the_gateway_has_a_problems_headers_and_no_body(string refusal, string request,
        int status)
    {
        Assert.NotEmpty(refusal);
        await KestrelRefusals.AssertHeadOnly(new Uri($"http://127.0.0.1:{_gateway.HttpPort}"), request, status);
    }

    [Fact]
    public async Task No_token_is_401_and_the_wrong_role_is_403()
    {
        using var anonymous = _gateway.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/echo-headers")).StatusCode);
        using var broker = _gateway.ClientFor("E08000015", "broker");
        Assert.Equal(HttpStatusCode.Forbidden, (await broker.GetAsync("/finance/reports")).StatusCode);
        using var officer = _gateway.ClientFor("E08000015", "finance-officer");
        Assert.Equal("finance only", await officer.GetStringAsync("/finance/reports"));
    }

    [Fact]
    public async Task Forwarded_requests_carry_correlation_trace_and_forwarding_headers_but_no_hop_by_hop_ones()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/echo-headers");
        request.Headers.Add("X-Correlation-Id", "corr-75-25");
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        request.Headers.Add("Keep-Alive", "timeout=5");
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(await (await client.SendAsync(request)).Content.ReadAsStringAsync())!;
        output.WriteLine(string.Join("\n", headers.Select(h => $"{h.Key}: {h.Value}")));
        Assert.Equal("corr-75-25", headers["x-correlation-id"]);
        Assert.Contains("0af7651916cd43dd8448eb211c80319c", headers["traceparent"]);
        Assert.Equal("127.0.0.1", headers["x-forwarded-for"]);
        Assert.Equal("http", headers["x-forwarded-proto"]);
        Assert.False(headers.ContainsKey("keep-alive"));
        Assert.StartsWith("Bearer ", headers["authorization"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a usable id: it has spaces")]
    public async Task A_caller_without_a_usable_correlation_id_gets_the_gateways_and_so_does_the_backend(string? sent)
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/echo-headers");
        if (sent is not null) request.Headers.TryAddWithoutValidation("X-Correlation-Id", sent);
        using var response = await client.SendAsync(request);
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(await response.Content.ReadAsStringAsync())!;
        var answered = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.NotEqual(sent, answered);
        Assert.Equal(answered, headers["x-correlation-id"]);
    }

    [Fact]
    public async Task Readiness_reports_each_backend_and_redis()
    {
        using var anonymous = _gateway.Anonymous();
        var response = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // a backend that is down degrades the gateway, Redis is up
        Assert.Equal("Degraded", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        var ready = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", ready.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Degraded", ready.GetProperty("cluster:down").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("cluster:rest").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Grpc_health_at_the_gateway_answers_for_each_routed_service_by_its_backend()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_gateway.GrpcPort}");
        var health = new Health.HealthClient(channel);
        // FinanceService is routed to the test's gRPC backend, which has no /health/ready to answer.
        var finance = await health.CheckAsync(new HealthCheckRequest { Service = "commissioning.finance.v1.FinanceService" });
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, finance.Status);
        var unrouted = await Assert.ThrowsAsync<RpcException>(() =>
            health.CheckAsync(new HealthCheckRequest { Service = "commissioning.workforce.v1.WorkforceService" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unrouted.StatusCode);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placements") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
