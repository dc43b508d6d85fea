using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Commissioning.Persistence;

/// <summary>
/// What changed in a stored aggregate: the top-level members of its JSON whose value differs, and its tenancy.
/// A member the aggregate marks [Confidential] is named with its values redacted.
/// </summary>
internal static class AggregateChanges
{
    public static string Describe(EntityEntry entry, Type? aggregateType)
    {
        var confidential = aggregateType is null
            ? new HashSet<string>()
            : DomainJson.ConfidentialMembers(aggregateType);
        var body = entry.Property(nameof(StoredAggregate.Body));
        var before = entry.State == EntityState.Added ? new JsonObject() : Parse(body.OriginalValue as string);
        var after = entry.State == EntityState.Deleted ? new JsonObject() : Parse(body.CurrentValue as string);
        var changes = new JsonObject();
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)))
        {
            var from = before[name];
            var to = after[name];
            if (JsonNode.DeepEquals(from, to)) continue;
            changes[name] = confidential.Contains(name)
                ? new JsonObject { ["from"] = Redacted(from), ["to"] = Redacted(to) }
                : new JsonObject { ["from"] = from?.DeepClone(), ["to"] = to?.DeepClone() };
        }
        // A record that moves to another tenancy (a novated contract and the rows under it) says so.
        var tenancy = entry.Property(nameof(StoredAggregate.Tenancy));
        var (was, now) = (tenancy.OriginalValue as string, tenancy.CurrentValue as string);
        if (entry.State == EntityState.Modified && was != now)
            changes["$tenancy"] = new JsonObject { ["from"] = was, ["to"] = now };
        return changes.ToJsonString(JsonSerializerOptions.Web);
    }

    private static JsonNode? Redacted(JsonNode? value) =>
        value is null ? null : JsonValue.Create(Commissioning.Domain.ConfidentialAttribute.Redacted);

    private static JsonObject Parse(string? json) => json is null ? new JsonObject() : JsonNode.Parse(json)!.AsObject();
}
