using System.Net;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>What every service gets from AddServiceDefaults, seen from outside over real HTTP.</summary>
public sealed class ServiceDefaultsTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("sample-").FullName;
    private SampleApp _app = null!;

    public async Task InitializeAsync() => _app = await SampleApp.Start(new StoreOptions { DataDirectory = _data });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_api_documentation_are_the_only_anonymous_endpoints(string path)
    {
        using var anonymous = SampleClient.For(_app);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Readiness_lists_the_store_check()
    {
        using var anonymous = SampleClient.For(_app);
        var ready = await (await anonymous.GetAsync("/health/ready")).ReadJson();
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task No_token_is_401_and_the_wrong_role_is_403()
    {
        using var anonymous = SampleClient.For(_app);
        using var broker = SampleClient.For(_app, "broker");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/funds/{Guid.NewGuid()}")).StatusCode);
        var forbidden = await broker.GetAsync($"/api/v1/funds/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": ", "budget")]
    [InlineData("not json", "body")]
    [InlineData("{\"budget\": 1}", "name")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": \"lots\"}", "budget")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": 1, \"colour\": \"red\"}", "colour")]
    [InlineData("{\"name\": \"\", \"budget\": 1}", "name")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": -5}", "budget")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": 1e20}", "budget")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": -1000000000000.01}", "budget")]
    [InlineData("{\"name\": \"Better Care Fund\", \"budget\": 1e40}", "budget")]
    [InlineData("{\"name\": \"Better\\u0000Care\", \"budget\": 1}", "name")]
    [InlineData("{\"name\": \"Better\\u001bCare\", \"budget\": 1}", "name")]
    [InlineData("{\"name\": \"Better Care Fund\", \"name\": \"Other\", \"budget\": 1}", "name")]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_writes_nothing(string json, string field)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.PostAsync("/api/v1/funds", SampleClient.Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var internalName in InternalNames) Assert.DoesNotContain(internalName, body);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        await AssertNothingWritten();
    }

    private const string FundPlan = """
        {"title": "BCF", "years": [{"financialYear": "2017/18", "lines": [{"name": "Reablement", "amount": 5}]}],
         "aims": ["Fewer admissions"], "bodyIds": ["6f0c1a52-3c1e-4bb2-9d55-1f1f5a3e2b10"], "amounts": [1.5],
         "byScheme": {"dfg": {"name": "Disabled facilities", "amount": 2}}, "notes": ["seen", null]}
        """;

    [Theory]
    [InlineData("\"years\": [{", "\"years\": [null, {", "years[0]")]
    [InlineData("\"lines\": [{", "\"lines\": [null, {", "years[0].lines[0]")]
    [InlineData("[\"Fewer admissions\"]", "[\"Fewer admissions\", null]", "aims[1]")]
    [InlineData("[\"6f0c1a52-3c1e-4bb2-9d55-1f1f5a3e2b10\"]", "[null]", "bodyIds[0]")]
    [InlineData("[1.5]", "[1.5, null]", "amounts[1]")]
    [InlineData("{\"dfg\": {\"name\"", "{\"bcf\": null, \"dfg\": {\"name\"", "byScheme.bcf")]
    public async Task A_null_inside_a_list_or_map_is_a_400_problem_naming_the_element_and_writes_nothing(
        string valid, string hostile, string field)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.PostAsync("/api/v1/fund-plans",
            SampleClient.Json(FundPlan.Replace(valid, hostile)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var internalName in InternalNames) Assert.DoesNotContain(internalName, body);
        var errors = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {body}");
        await AssertNothingWritten();
    }

    [Theory]
    [InlineData("{\"share\": {}}", "needs 'rule' as its first field, one of 'fixed', 'proportional'.")]
    [InlineData("{\"share\": {\"percent\": 10}}", "needs 'rule' as its first field, one of 'fixed', 'proportional'.")]
    [InlineData("{\"share\": {\"rule\": \"halves\"}}", "Read unrecognized type discriminator id 'halves'.")]
    public async Task A_choice_of_kinds_sent_without_its_name_is_a_400_problem_naming_the_field(string json,
        string detail)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.PostAsync("/api/v1/fund-shares", SampleClient.Json(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var internalName in InternalNames) Assert.DoesNotContain(internalName, body);
        var errors = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.EndsWith(detail, errors.GetProperty("share")[0].GetString());
        var named = await officer.PostAsync("/api/v1/fund-shares",
            SampleClient.Json("{\"share\": {\"rule\": \"fixed\", \"percent\": 10}}"));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }

    [Fact]
    public async Task A_null_in_a_list_declared_to_hold_nulls_is_taken()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.PostAsync("/api/v1/fund-plans", SampleClient.Json(FundPlan));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Text_over_4000_characters_is_refused_and_4000_with_the_largest_amount_are_taken()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var tooLong = await officer.PostAsync("/api/v1/funds",
            SampleClient.Json($"{{\"name\": \"{new string('x', 4_001)}\", \"budget\": 1}}"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("longer than 4,000 characters", (await tooLong.ReadJson()).GetProperty("errors").GetProperty("name")[0].GetString());
        await AssertNothingWritten();
        var longest = await officer.PostAsync("/api/v1/funds",
            SampleClient.Json($"{{\"name\": \"{new string('x', 4_000)}\", \"budget\": 1000000000000}}"));
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Theory]
    [InlineData("?limit=lots", "limit", "'lots' is not a valid limit.")]
    [InlineData("?limit=99999999999", "limit", "'99999999999' is not a valid limit.")]
    public async Task A_query_parameter_that_does_not_parse_is_named_without_its_type(string query, string field, string detail)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.GetAsync("/api/v1/funds" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJson();
        Assert.Equal(detail, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("Int32", problem.ToString());
    }

    [Theory]
    [InlineData(10_000, HttpStatusCode.RequestUriTooLong)]
    [InlineData(8_200, HttpStatusCode.RequestUriTooLong)]
    [InlineData(8_000, HttpStatusCode.OK)]
    public async Task A_request_target_over_8KiB_is_a_414_problem_naming_the_query(int length, HttpStatusCode status)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var query = "?note=" + new string('x', length - "/api/v1/funds?note=".Length);
        var response = await officer.GetAsync("/api/v1/funds" + query);
        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.OK) return;
        var problem = await response.ReadJson();
        Assert.Equal(414, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("query", out _), problem.ToString());
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_writes_nothing()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var json = $"{{\"name\": \"{new string('x', 100_000)}\", \"budget\": 1}}";
        var response = await officer.PostAsync("/api/v1/funds", SampleClient.Json(json));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.ReadJson()).GetProperty("status").GetInt32());
        await AssertNothingWritten();
    }

    /// <summary>
    /// 1 MiB against the sample's 64 KiB limit, on HTTP/1.1 without Expect: 100-continue, its length declared
    /// (refused unread) or chunked (refused at the limit). HttpClient reads the answer only after sending the whole
    /// body, so it reads the 413 only because the service drains the rest rather than resetting the connection.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_oversized_body_sent_without_waiting_is_answered_413_naming_the_limit(bool chunked)
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/funds")
            {
                Content = SampleClient.Json($"{{\"name\": \"{new string('x', 1024 * 1024)}\", \"budget\": 1}}"),
                Headers = { TransferEncodingChunked = chunked },
            };
            using var response = await officer.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJson();
            Assert.Contains("65536 bytes", problem.GetProperty("detail").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
        }
        await AssertNothingWritten();
    }

    [Fact]
    public async Task An_unexpected_error_is_a_500_problem_without_internals()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("traceId", body);
        Assert.DoesNotContain("secret internals", body);
        Assert.DoesNotContain("Foo.Bar", body);
    }

    [Theory]
    [MemberData(nameof(KestrelRefusals.Cases), MemberType = typeof(KestrelRefusals))]
    public async Task Kestrels_own_refusal_is_a_problem(string refusal, string request, int status)
    {
        Assert.NotEmpty(refusal);
        await KestrelRefusals.AssertProblem(_app.Address, request, status);
    }

    [Theory]
    [MemberData(nameof(KestrelRefusals.HeadCases), "/nowhere", MemberType = typeof(KestrelRefusals))]
    public async Task A_refused_HEAD_has_a_problems_headers_and_no_body(string refusal, string request, int status)
    {
        Assert.NotEmpty(refusal);
        await KestrelRefusals.AssertHeadOnly(_app.Address, request, status);
    }

    [Fact]
    public async Task A_refusal_after_a_HEAD_on_the_same_connection_has_its_problem_body()
    {
        var answers = await KestrelRefusals.Send(_app.Address, KestrelRefusals.RefusalAfterHead("/health/live"));
        Assert.StartsWith("HTTP/1.1 200 ", answers);
        Assert.Contains("HTTP/1.1 400 ", answers);
        Assert.EndsWith("}", answers);
        Assert.Contains("\"status\":400", answers);
    }

    [Fact]
    public async Task A_request_after_one_that_kept_the_connection_is_answered_as_the_app_wrote_it()
    {
        var answers = await KestrelRefusals.Send(_app.Address,
            "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: localhost\r\n"
            + "Connection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 ", answers);
        Assert.Contains("HTTP/1.1 401 ", answers[20..]);
        Assert.Contains("application/problem+json", answers);
    }

    [Fact]
    public async Task A_correlation_id_is_echoed_and_an_unsafe_one_replaced()
    {
        using var anonymous = SampleClient.For(_app);
        var given = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Correlation-Id", "abc-123" } } };
        Assert.Equal("abc-123", (await anonymous.SendAsync(given)).Headers.GetValues("X-Correlation-Id").Single());
        var unsafeId = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { "X-Correlation-Id", "<script>" } } };
        Assert.NotEqual("<script>", (await anonymous.SendAsync(unsafeId)).Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task A_missing_record_is_a_404_problem()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var response = await officer.GetAsync($"/api/v1/funds/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await response.ReadJson()).GetProperty("errors").TryGetProperty("id", out _));
    }

    /// <summary>What a problem must never say: our assemblies, types and the framework's type names.</summary>
    private static readonly string[] InternalNames =
        ["Platform.Tests", "NewFund", "PlanYear", "PlanLine", "FundShare", "System.", ".NET", "Int32", "Decimal"];

    private async Task AssertNothingWritten()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        Assert.Equal(0, await store.Funds.CountAsync());
        Assert.Equal(0, await store.AuditRecords.CountAsync());
    }
}
