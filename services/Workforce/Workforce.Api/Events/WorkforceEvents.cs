using Commissioning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Workforce.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1 (topic "workforce.&lt;name&gt;", type "commissioning.workforce.&lt;name&gt;.v1").
/// Events carry no personal data: a staff record is named by its pseudonymous reference only.
/// </summary>
public static class WorkforceEvents
{
    public const string Source = "workforce";
    public const string DeadLetters = Source + ".dead-letters";

    public static void Publish(DbContext store, IDomainEvent domainEvent)
    {
    }
}
