using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Commissioning.Testing;
using Commissioning.Testing.OpenApi;

namespace Authorisation.Tests;

/// <summary>
/// The body an HR officer sends to a workforce route: a plausible one from the service's OpenAPI document (every
/// required field), naming Wirral's team, a transferring member of staff, its post, project and recurrent cost, CWP as
/// the other employer, and the caller's own organisation as the employer it registers. An outsider's body binds, so
/// the tenancy answers it, not the binder.
/// </summary>
public sealed partial class WorkforceBodies(WorkforceWorld world)
{
    private static readonly ApiDocument Document = new(JsonNode.Parse(File.ReadAllText(
        Path.Combine(Repository.Root, "services", "Workforce", "openapi.json")))!.AsObject());

    public object For(Route route, CallerKind caller)
    {
        var template = Constraint().Replace(route.Pattern, "{$1}");
        var operation = Document.Operations.Single(o => o.Method == route.Method && o.Template == template);
        var body = new PlausibleValues(Document, IdFor).For(operation.Body) ?? new JsonObject();
        Name(body, caller, route.Pattern);
        return body;
    }

    private string IdFor(string field) => field switch
    {
        "teamId" => $"{world.Team}", "staffRecordId" => $"{world.Transferring}", "postId" => $"{world.Post}",
        "transferProjectId" => $"{world.Project}", _ => $"{Guid.NewGuid()}",
    };

    /// <summary>Puts the records' names in every field that names another record by its code or name.</summary>
    private void Name(JsonNode? node, CallerKind caller, string pattern)
    {
        if (node is JsonArray items)
            foreach (var item in items) Name(item, caller, pattern);
        if (node is not JsonObject fields) return;
        foreach (var field in fields.Select(f => f.Key).ToList())
            if (NameFor(field, caller, pattern) is { } name) fields[field] = name;
            else Name(fields[field], caller, pattern);
    }

    private string? NameFor(string field, CallerKind caller, string pattern) => field switch
    {
        "name" when pattern.EndsWith("/recurrent-costs/confirmations", StringComparison.Ordinal) =>
            WorkforceWorld.RecurrentCost,
        "code" => caller.Organisation ?? Callers.WirralCouncil,
        "transfereeCode" or "hostCode" => Callers.Cwp,
        "teamName" => world.TeamName,
        _ => null,
    };

    [GeneratedRegex(@"\{(\w+):\w+\}")]
    private static partial Regex Constraint();
}
