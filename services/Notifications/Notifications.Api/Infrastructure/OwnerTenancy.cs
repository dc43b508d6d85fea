using Commissioning.Domain;
using Commissioning.Identity;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using Notifications.Domain.SeedWork;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// Notifications' tenancy: the owner organisation of a webhook endpoint, by its code as the provider user's
/// token names it ("org", trimmed and upper-cased as <see cref="OrganisationCode"/> holds it). A provider user
/// is party to its own organisation's endpoints only, so another provider's endpoint is a 404; a platform
/// administrator is party to every one. Every other role is refused by the routes before the store (403).
/// </summary>
public static class OwnerTenancy
{
    public static IReadOnlyCollection<string>? Of(Caller caller) =>
        caller.IsIn(Roles.PlatformAdmin) ? null : [OwnerOf(caller).Value];

    /// <summary>The tenancy a new endpoint or delivery starts: its owner's code.</summary>
    public static string? Of(AggregateRoot aggregate) => aggregate switch
    {
        WebhookEndpoint endpoint => endpoint.Owner.Value,
        Delivery delivery => delivery.Owner.Value,
        _ => null,
    };

    /// <summary>The caller's organisation as an owner; a token whose "org" is no code is refused naming it.</summary>
    public static OrganisationCode OwnerOf(Caller caller) => OrganisationCode.Of(caller.Organisation, "org");
}
