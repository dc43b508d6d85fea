using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Infrastructure;
using Notifications.Api.Receivers;
using Notifications.Domain.Endpoints;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Notifications.Api.Apis;

/// <summary>
/// Webhook endpoints (issue 19 capability 1), each its owner organisation's: a provider user registers and
/// manages its own organisation's, a platform administrator reads every one, and no one else learns they exist
/// (another provider's endpoint is a 404; any other role a 403). An endpoint is stored only once its receiver
/// answered the CloudEvents handshake, and enabling it asks again.
/// </summary>
public static class WebhookEndpointsApi
{
    private static readonly PartnerTag Tag = NotificationsTags.WebhookEndpoints;
    private static readonly int[] Changes = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static RouteGroupBuilder MapWebhookEndpointsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/webhook-endpoints")
            .RequireAuthorization(NotificationsPolicies.ReadsWebhookEndpoints);
        api.MapPost("/", Register).RequireAuthorization(NotificationsPolicies.ManagesWebhookEndpoints)
            .Documented(Tag, "registerWebhookEndpoint", "Register a webhook endpoint",
                "A provider user registers an endpoint for its own organisation: an https URL whose host resolves to "
                + "public addresses only, at least one event type a provider may be sent, and a description. The "
                + "receiver must answer the CloudEvents handshake (OPTIONS with WebHook-Request-Origin; 2xx with "
                + "WebHook-Allowed-Origin, no redirect) or nothing is stored (422 naming url). The signing secret "
                + "is in this answer only.", Status400BadRequest, Status422UnprocessableEntity)
            .WithExample(NotificationsExamples.NewEndpoint, NotificationsExamples.Issued);
        api.MapGet("/", async (int? offset, int? limit, NotificationsStore store, TimeProvider clock) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                var now = clock.GetUtcNow();
                return (await store.Aggregates<WebhookEndpoint>().Page(skip, take))
                    .Select(e => WebhookEndpointView.Of(e, now)).ToList();
            })
            .Documented(Tag, "listWebhookEndpoints", "List webhook endpoints",
                "The caller's organisation's endpoints (every one for a platform administrator), paged in the "
                + "store: limit (1 to 500, 100 unless asked) after offset.", Status400BadRequest);
        var endpoint = api.MapGroup("/{id:guid}");
        endpoint.MapGet("/", async (Guid id, NotificationsStore store, TimeProvider clock) =>
                WebhookEndpointView.Of(await store.Aggregates<WebhookEndpoint>().Get(id), clock.GetUtcNow()))
            .Documented(Tag, "getWebhookEndpoint", "Read a webhook endpoint",
                "Its status, event types and the secrets that sign now (never their values).", Status404NotFound);
        MapChanges(endpoint);
        return api;
    }

    private static void MapChanges(RouteGroupBuilder endpoint)
    {
        endpoint.MapPost("/secret-rotations", Rotate)
            .RequireAuthorization(NotificationsPolicies.ManagesWebhookEndpoints)
            .Documented(Tag, "rotateWebhookSecret", "Rotate the signing secret",
                "A new secret signs from now, shown in this answer only; the current one keeps signing for the "
                + "overlap (overlapHours, 1 to 168, 24 unless asked), so both signatures are sent meanwhile.",
                Changes);
        endpoint.MapPost("/disable", (Guid id, EndpointDisabling request, NotificationsStore store, HttpContext http,
                TimeProvider clock) =>
                Change(store, http, clock, id, e => e.Disable(request.Reason, clock.GetUtcNow())))
            .RequireAuthorization(NotificationsPolicies.ManagesWebhookEndpoints)
            .Documented(Tag, "disableWebhookEndpoint", "Disable a webhook endpoint",
                "Nothing is sent to it until it is enabled again; the reason is shown on its view.", Changes);
        endpoint.MapPost("/enable", Enable).RequireAuthorization(NotificationsPolicies.ManagesWebhookEndpoints)
            .Documented(Tag, "enableWebhookEndpoint", "Enable a webhook endpoint",
                "Its URL is checked again and its receiver must answer the CloudEvents handshake again (422 naming "
                + "url otherwise, and it stays disabled); its failure count starts again.", Changes);
    }

    private static async Task<Created<IssuedSecretView>> Register(NewWebhookEndpoint request,
        NotificationsStore store, ReceiverAddresses addresses, ReceiverHandshake handshake, TimeProvider clock,
        HttpContext http)
    {
        var owner = OwnerTenancy.OwnerOf(Caller.From(http.User));
        var address = await addresses.Check(request.Url, http.RequestAborted);
        var at = clock.GetUtcNow();
        var secret = SecretDraw.New(at);
        var endpoint = WebhookEndpoint.Register(owner, address, request.EventTypes, request.Description, secret, at);
        endpoint.MarkValidated(await handshake.Ask(address, http.RequestAborted), clock.GetUtcNow());
        store.Aggregates<WebhookEndpoint>().Add(endpoint, owner.Value);
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/webhook-endpoints/{endpoint.Id}",
            new IssuedSecretView(secret.Value, WebhookEndpointView.Of(endpoint, clock.GetUtcNow())));
    }

    private static async Task<IssuedSecretView> Rotate(Guid id, SecretRotation? request, NotificationsStore store,
        HttpContext http, TimeProvider clock)
    {
        var endpoint = await Own(store, http, id);
        var overlap = request?.Overlap();
        var at = clock.GetUtcNow();
        var next = SecretDraw.New(at);
        endpoint.RotateSecret(next, at, overlap);
        await store.SaveChangesAsync();
        return new IssuedSecretView(next.Value, WebhookEndpointView.Of(endpoint, at));
    }

    private static async Task<WebhookEndpointView> Enable(Guid id, NotificationsStore store,
        ReceiverAddresses addresses, ReceiverHandshake handshake, HttpContext http, TimeProvider clock)
    {
        var endpoint = await Own(store, http, id);
        // The receiver may have moved since it was registered: its host is resolved and judged again.
        var address = await addresses.Check(endpoint.Url.AbsoluteUri, http.RequestAborted);
        endpoint.Enable(clock.GetUtcNow());
        endpoint.MarkValidated(await handshake.Ask(address, http.RequestAborted), clock.GetUtcNow());
        await store.SaveChangesAsync();
        return WebhookEndpointView.Of(endpoint, clock.GetUtcNow());
    }

    private static async Task<WebhookEndpointView> Change(NotificationsStore store, HttpContext http,
        TimeProvider clock, Guid id, Action<WebhookEndpoint> change)
    {
        var endpoint = await store.Change<WebhookEndpoint>(id, e =>
        {
            e.RequireOwner(OwnerTenancy.OwnerOf(Caller.From(http.User)));
            change(e);
        });
        return WebhookEndpointView.Of(endpoint, clock.GetUtcNow());
    }

    /// <summary>The caller's own endpoint (the tenancy already hides another organisation's as a 404).</summary>
    private static async Task<WebhookEndpoint> Own(NotificationsStore store, HttpContext http, Guid id)
    {
        var endpoint = await store.Aggregates<WebhookEndpoint>().Get(id);
        endpoint.RequireOwner(OwnerTenancy.OwnerOf(Caller.From(http.User)));
        return endpoint;
    }
}
