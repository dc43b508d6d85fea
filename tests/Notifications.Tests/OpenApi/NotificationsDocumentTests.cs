using Commissioning.Testing.OpenApi;

namespace Notifications.Tests.OpenApi;

/// <summary>The notifications API partners see is the one checked in at services/Notifications/openapi.json.</summary>
public sealed class NotificationsDocumentTests()
    : PartnerDocumentTests<Program>(Notifications, "tests/Notifications.Tests")
{
    public static readonly CheckedInDocument Notifications = new("services/Notifications/openapi.json");
}
