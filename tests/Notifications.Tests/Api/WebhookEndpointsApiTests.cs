using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Notifications.Domain.Endpoints;
using Notifications.Domain.Visibility;
using static Commissioning.Testing.Answers;
using static Notifications.Tests.Api.ProviderEndpoints;

namespace Notifications.Tests.Api;

/// <summary>
/// Webhook endpoints through the API on a real store and real receivers (issue 19 capabilities 1 and 5): an
/// endpoint whose receiver answers the CloudEvents handshake is active and its secret shown once; one that does
/// not answer, or redirects, is refused naming the URL and nothing is written; a rotation's old secret still
/// signs until its overlap ends; another provider neither sees nor changes the endpoint.
/// </summary>
public abstract class WebhookEndpointsApiTests : IAsyncLifetime
{
    private ProviderEndpoints _service = null!;
    private Receiver _receiver = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = ProviderEndpoints.Start(new(Settings()) { ["Notifications:AllowLoopback"] = "true" });
        _receiver = await Receiver.Start(Answer.Allows);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task An_endpoint_whose_receiver_answers_the_handshake_is_active_and_its_secret_is_shown_once()
    {
        var registered = await _service.Register(_receiver);

        var secret = registered.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(24, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var endpoint = registered.GetProperty("endpoint");
        Assert.Equal("active", endpoint.GetProperty("status").GetString());
        Assert.Equal(CareHome, endpoint.GetProperty("owner").GetString());
        Assert.Equal(["notifications.commissioning.local"], _receiver.Origins);
        using var provider = _service.As(CareHome);
        using var read = await provider.GetAsync($"{Route}/{endpoint.GetProperty("id").GetGuid()}");
        var text = await read.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain(secret["whsec_".Length..], text);
        Assert.DoesNotContain(secret["whsec_".Length..], await provider.GetStringAsync(Route));
    }

    [Fact]
    public async Task The_audit_trail_records_a_registration_and_a_rotation_but_never_a_secret()
    {
        var registered = await _service.Register(_receiver);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        using var provider = _service.As(CareHome);
        await Ok(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { }));

        var changes = await _service.AuditChanges(id);
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.DoesNotContain("whsec_", c));
        Assert.All(changes, c => Assert.Contains("\"secrets\":{\"from\"", c));
        Assert.Contains(changes, c => c.Contains("[confidential]"));
    }

    [Fact]
    public async Task A_receiver_that_does_not_allow_our_origin_is_not_activated_and_nothing_is_written()
    {
        _receiver.Answer = Answer.Ignores;
        using var provider = _service.As(CareHome);

        var problem = await Refused(provider.PostAsJsonAsync(Route, NewEndpoint(_receiver.Url)),
            HttpStatusCode.UnprocessableEntity, "url");

        Assert.Contains("did not allow origin", problem.GetProperty("detail").GetString());
        Assert.Equal(("/problems/handshake-answered", EndpointRules.HandshakeAnswered.Says),
            (problem.GetProperty("type").GetString(), problem.GetProperty("title").GetString()));
        Assert.Equal(0, await _service.AuditCount());
        Assert.Equal(0, (await Ok(provider.GetAsync(Route))).GetArrayLength());
    }

    [Fact]
    public async Task A_receiver_that_is_not_listening_is_not_activated()
    {
        var gone = _receiver.Url;
        await _receiver.DisposeAsync();
        _receiver = await Receiver.Start(Answer.Allows);
        using var provider = _service.As(CareHome);

        var problem = await Refused(provider.PostAsJsonAsync(Route, NewEndpoint(gone)),
            HttpStatusCode.UnprocessableEntity, "url");

        Assert.Contains("did not answer", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await _service.AuditCount());
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_the_endpoint_is_refused()
    {
        await using var redirecting = await Receiver.Start(Answer.Redirects);
        redirecting.RedirectTo = _receiver.Url;
        using var provider = _service.As(CareHome);

        var problem = await Refused(provider.PostAsJsonAsync(Route, NewEndpoint(redirecting.Url)),
            HttpStatusCode.UnprocessableEntity, "url");

        Assert.Contains("answered 307", problem.GetProperty("detail").GetString());
        Assert.Single(redirecting.Origins);
        Assert.Empty(_receiver.Origins);
        Assert.Equal(0, await _service.AuditCount());
    }

    [Theory]
    [InlineData(null, "a loopback address")]
    [InlineData("https://10.0.0.5/webhooks", "a private address")]
    [InlineData("https://169.254.169.254/latest/meta-data", "the cloud metadata address")]
    [InlineData("https://localhost/webhooks", "a loopback address")]
    public async Task Without_loopback_allowed_an_address_of_our_own_network_is_refused_before_any_call(string? url,
        string kind)
    {
        await using var strict = ProviderEndpoints.Start(new(Settings()) { ["Notifications:AllowLoopback"] = "false" });
        using var provider = strict.As(CareHome);
        // The receiver's own URL is http on 127.0.0.1: refused for its scheme and, as https, for its address.
        var target = url ?? new UriBuilder(_receiver.Url) { Scheme = "https" }.Uri.AbsoluteUri;

        var problem = await Refused(provider.PostAsJsonAsync(Route, NewEndpoint(new Uri(target))),
            HttpStatusCode.BadRequest, "url");

        Assert.Contains(kind, problem.GetProperty("detail").GetString());
        Assert.Equal("/problems/public-address-only", problem.GetProperty("type").GetString());
        await Refused(provider.PostAsJsonAsync(Route, NewEndpoint(_receiver.Url)), HttpStatusCode.BadRequest, "url");
        Assert.Empty(_receiver.Origins);
        Assert.Equal(0, await strict.AuditCount());
    }

    [Fact]
    public async Task A_rotation_shows_the_new_secret_once_and_the_old_one_signs_until_the_overlap_ends()
    {
        var registered = await _service.Register(_receiver);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        using var provider = _service.As(CareHome);
        var rotatedAt = _service.Clock.Now;

        var rotated = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { }));

        var secret = rotated.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.NotEqual(registered.GetProperty("secret").GetString(), secret);
        var signing = Secrets(await Ok(provider.GetAsync($"{Route}/{id}")));
        Assert.Equal(2, signing.Length);
        Assert.Equal(JsonValueKind.Null, signing[0].GetProperty("signsUntil").ValueKind);
        Assert.Equal(rotatedAt.AddHours(24), signing[1].GetProperty("signsUntil").GetDateTimeOffset());
        _service.Clock.Now = rotatedAt.AddHours(24).AddSeconds(-1);
        Assert.Equal(2, Secrets(await Ok(provider.GetAsync($"{Route}/{id}"))).Length);
        _service.Clock.Now = rotatedAt.AddHours(24);
        Assert.Single(Secrets(await Ok(provider.GetAsync($"{Route}/{id}"))));
    }

    [Fact]
    public async Task A_rotation_takes_the_overlap_asked_for_within_a_week()
    {
        var id = Id(await _service.Register(_receiver));
        using var provider = _service.As(CareHome);

        var rotated = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { overlapHours = 2 }));

        Assert.Equal(_service.Clock.Now.AddHours(2),
            Secrets(rotated.GetProperty("endpoint"))[1].GetProperty("signsUntil").GetDateTimeOffset());
        await Refused(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { overlapHours = 169 }),
            HttpStatusCode.BadRequest, "overlapHours");
        await Refused(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { overlapHours = 0 }),
            HttpStatusCode.BadRequest, "overlapHours");
    }

    [Fact]
    public async Task Disabled_then_enabled_it_is_active_again_only_once_its_receiver_answers_again()
    {
        var id = Id(await _service.Register(_receiver));
        using var provider = _service.As(CareHome);

        var disabled = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/disable", new { reason = "Moving host" }));
        Assert.Equal("disabled", disabled.GetProperty("status").GetString());
        Assert.Equal("Moving host", disabled.GetProperty("disabledReason").GetString());
        await Refused(provider.PostAsJsonAsync($"{Route}/{id}/disable", new { reason = "Again" }),
            HttpStatusCode.UnprocessableEntity, "endpointId");
        _receiver.Answer = Answer.Ignores;
        await Refused(provider.PostAsync($"{Route}/{id}/enable", null), HttpStatusCode.UnprocessableEntity, "url");
        Assert.Equal("disabled", (await Ok(provider.GetAsync($"{Route}/{id}"))).GetProperty("status").GetString());
        _receiver.Answer = Answer.Allows;
        var enabled = await Ok(provider.PostAsync($"{Route}/{id}/enable", null));
        Assert.Equal("active", enabled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledReason").ValueKind);
        Assert.Equal(3, _receiver.Origins.Count);
    }

    [Fact]
    public async Task Another_provider_can_neither_see_nor_change_the_endpoint_and_an_administrator_reads_all()
    {
        var id = Id(await _service.Register(_receiver));
        var others = Id(await _service.Register(_receiver, OtherCareHome));
        using var other = _service.As(OtherCareHome);

        await Refused(other.GetAsync($"{Route}/{id}"), HttpStatusCode.NotFound, "id");
        await Refused(other.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { }), HttpStatusCode.NotFound, "id");
        await Refused(other.PostAsJsonAsync($"{Route}/{id}/disable", new { reason = "Not mine" }),
            HttpStatusCode.NotFound, "id");
        await Refused(other.PostAsync($"{Route}/{id}/enable", null), HttpStatusCode.NotFound, "id");
        Assert.Equal([others], Ids(await Ok(other.GetAsync(Route))));
        using var admin = _service.As("PLATFORM", Roles.PlatformAdmin);
        Assert.Equal(2, (await Ok(admin.GetAsync(Route))).GetArrayLength());
        await Refused(admin.PostAsJsonAsync(Route, NewEndpoint(_receiver.Url)), HttpStatusCode.Forbidden);
        using var commissioner = _service.As("E08000015", Roles.Commissioner);
        await Refused(commissioner.GetAsync(Route), HttpStatusCode.Forbidden);
        await Refused(commissioner.GetAsync($"{Route}/{id}"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("url", "ftp://rostering.example/webhooks", ProviderEventTypes.PlacementOffered, "Rostering")]
    [InlineData("eventTypes", null, "commissioning.care-packages.person-registered.v1", "Rostering")]
    [InlineData("description", null, ProviderEventTypes.PlacementOffered, null)]
    public async Task Bad_input_is_refused_naming_the_field_and_writes_nothing(string field, string? url,
        string eventType, string? description)
    {
        using var provider = _service.As(CareHome);
        var body = new
        {
            url = url ?? _receiver.Url.AbsoluteUri, eventTypes = new[] { eventType },
            description = description ?? new string('x', 501),
        };

        await Refused(provider.PostAsJsonAsync(Route, body), HttpStatusCode.BadRequest, field);

        Assert.Equal(0, await _service.AuditCount());
        Assert.Empty(_receiver.Origins);
    }

    [Fact]
    public async Task A_body_without_event_types_and_a_page_too_large_are_refused_naming_the_field()
    {
        using var provider = _service.As(CareHome);

        await Refused(provider.PostAsJsonAsync(Route, new { url = _receiver.Url.AbsoluteUri }),
            HttpStatusCode.BadRequest, "eventTypes");
        var none = new { url = _receiver.Url.AbsoluteUri, eventTypes = Array.Empty<string>() };
        await Refused(provider.PostAsJsonAsync(Route, none),
            HttpStatusCode.BadRequest, "eventTypes");
        await Refused(provider.GetAsync($"{Route}?limit=501"), HttpStatusCode.BadRequest, "limit");
        Assert.Equal(0, await _service.AuditCount());
    }

    [Fact]
    public async Task Endpoints_are_listed_a_page_at_a_time_in_the_store()
    {
        await _service.Register(_receiver);
        await _service.Register(_receiver);
        using var provider = _service.As(CareHome);

        var first = Ids(await Ok(provider.GetAsync($"{Route}?limit=1")));
        var second = Ids(await Ok(provider.GetAsync($"{Route}?offset=1&limit=1")));

        Assert.Single(first);
        Assert.Single(second);
        Assert.NotEqual(first, second);
    }

    private static Guid Id(JsonElement registered) => registered.GetProperty("endpoint").GetProperty("id").GetGuid();

    private static Guid[] Ids(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("id").GetGuid())
        .ToArray();

    private static JsonElement[] Secrets(JsonElement endpoint) =>
        endpoint.GetProperty("signingSecrets").EnumerateArray().ToArray();
}

public sealed class SqliteWebhookEndpointsApiTests : WebhookEndpointsApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresWebhookEndpointsApiTests(PostgresServer postgres)
    : WebhookEndpointsApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() =>
        StoreSettings.Postgres(postgres, "notifications_endpoints");
}
