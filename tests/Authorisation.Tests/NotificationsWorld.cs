extern alias NotificationsService;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Authorisation.Tests;

/// <summary>
/// Notifications on real Kestrel, and a provider's receiver on another that agrees to the CloudEvents handshake
/// (WebHook-Allowed-Origin naming the origin that asked) and takes every POST: CWP's webhook endpoint for placement
/// offers, the record the notifications matrix calls routes with, and one of the provider party to nothing, so that
/// its own lists are not empty.
/// </summary>
public sealed class NotificationsWorld : IAsyncLifetime
{
    public const string Route = "/api/v1/webhook-endpoints";
    private const string PlacementOffered = "commissioning.care-packages.placement-offered.v1";

    private Backend _receiver = null!;

    public ServiceHost<NotificationsService::Program> Notifications { get; } = new();
    public Guid Endpoint { get; private set; }
    public Guid StrangersEndpoint { get; private set; }

    /// <summary>What a provider user registers: the receiver, for placement offers.</summary>
    public object NewEndpoint => new
    {
        url = new Uri(_receiver.Address, "/webhooks").AbsoluteUri, eventTypes = new[] { PlacementOffered },
        description = "Rostering: placements",
    };

    public async Task InitializeAsync()
    {
        _receiver = await Backend.Start(app =>
        {
            app.MapMethods("/webhooks", [HttpMethods.Options], (HttpContext http) =>
            {
                http.Response.Headers["WebHook-Allowed-Origin"] = http.Request.Headers["WebHook-Request-Origin"];
                return Results.Ok();
            });
            app.MapPost("/webhooks", () => Results.Ok());
        });
        Endpoint = await Registered(Callers.Cwp);
        StrangersEndpoint = await Registered(Callers.Stranger);
    }

    public HttpClient Provider(string organisation) =>
        PartnerUser.Client(Notifications.HttpAddress, organisation, Roles.ProviderUser);

    private async Task<Guid> Registered(string organisation)
    {
        using var provider = Provider(organisation);
        var registered = await Answers.Ok(provider.PostAsJsonAsync(Route, NewEndpoint));
        return registered.GetProperty("endpoint").GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        await Notifications.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
