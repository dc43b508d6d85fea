using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Notifications' routes (issue 19): a provider user registers and manages its own organisation's webhook
/// endpoints (the tenancy is the owner organisation; another provider's endpoint is not found); a platform
/// administrator reads every endpoint and its deliveries and changes none; a provider user replays its own
/// endpoint's deliveries and reads the feed of the events its organisation may see; nobody else reaches them. The
/// AsyncAPI document of provider events is published to anyone, like the OpenAPI document.
/// </summary>
public static partial class Classification
{
    private static readonly Dictionary<string, Rule> NotificationsTable = new()
    {
        ["POST /api/v1/webhook-endpoints"] = new([ProviderUser], Scope.Listing),
        ["GET /api/v1/webhook-endpoints"] = new([ProviderUser, PlatformAdmin], Scope.Listing),
        ["GET /api/v1/webhook-endpoints/{id:guid}"] = new([ProviderUser, PlatformAdmin], Scope.Tenanted),
        ["POST /api/v1/webhook-endpoints/{id:guid}/secret-rotations"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/webhook-endpoints/{id:guid}/disable"] = new([ProviderUser], Scope.Tenanted),
        ["POST /api/v1/webhook-endpoints/{id:guid}/enable"] = new([ProviderUser], Scope.Tenanted),
        ["GET /api/v1/webhook-endpoints/{id:guid}/deliveries"] = new([ProviderUser, PlatformAdmin], Scope.Tenanted),
        ["POST /api/v1/webhook-endpoints/{id:guid}/replays"] = new([ProviderUser], Scope.Tenanted),
        ["GET /api/v1/provider-events"] = new([ProviderUser], Scope.Listing),
        ["GET /admin/dead-letters"] = new([PlatformAdmin], Scope.Operator),
        ["GET /asyncapi.json"] = new([], Scope.Public),
    };
}
