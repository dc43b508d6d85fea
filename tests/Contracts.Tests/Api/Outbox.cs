using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Contracts.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Tests.Api;

/// <summary>The integration events the service wrote to its outbox table, read back in the order they were enqueued.</summary>
internal static class Outbox
{
    /// <summary>The payloads (proto JSON) of every "commissioning.contracts.&lt;name&gt;.v1" event.</summary>
    public static async Task<IReadOnlyList<JsonElement>> Events(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContractsStore>();
        var type = $"commissioning.contracts.{name}.v1";
        var messages = await store.Set<OutboxMessage>().Where(m => m.Type == type).OrderBy(m => m.Sequence).ToListAsync();
        return messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();
    }

    /// <summary>A commitments list as (financial year's start year, pence) pairs.</summary>
    public static IReadOnlyList<(int Year, long Pence)> Commitments(JsonElement payload) =>
        payload.GetProperty("commitments").EnumerateArray()
            .Select(c => (c.GetProperty("financialYear").GetProperty("startYear").GetInt32(), long.Parse(c.GetProperty("amount").GetProperty("pence").GetString()!)))
            .ToList();
}
