using Commissioning.Domain;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Apis;

/// <summary>An endpoint to register for the caller's organisation: where, which event types, and what it is.</summary>
public sealed record NewWebhookEndpoint(string Url, IReadOnlyList<string> EventTypes, string? Description = null);

/// <summary>A new signing secret; the current one keeps signing for the overlap (24 hours unless asked).</summary>
public sealed record SecretRotation(int? OverlapHours = null)
{
    public TimeSpan? Overlap()
    {
        var most = (int)WebhookEndpoint.MaxRotationOverlap.TotalHours;
        EndpointRules.RotationOverlap.Require(OverlapHours is null || (OverlapHours > 0 && OverlapHours <= most),
            "overlapHours",
            $"The old secret keeps signing for 1 to {most} hours.");
        return OverlapHours is { } hours ? TimeSpan.FromHours(hours) : null;
    }
}

/// <summary>Why the provider stops deliveries to the endpoint (shown on its view and in the event).</summary>
public sealed record EndpointDisabling(string Reason);
