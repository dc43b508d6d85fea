using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Fuzz;

/// <summary>A copy of a body with one field, named by its steps (names and list indexes), set or removed.</summary>
public static class FieldSet
{
    public static string Set(JsonNode body, IReadOnlyList<object> steps, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = ParentOf(copy, steps);
        switch (steps[^1])
        {
            case string name: parent.AsObject()[name] = value?.DeepClone(); break;
            case int index: parent.AsArray()[index] = value?.DeepClone(); break;
        }
        return copy.ToJsonString();
    }

    public static string Remove(JsonNode body, IReadOnlyList<object> steps)
    {
        var copy = body.DeepClone();
        if (steps[^1] is string name) ParentOf(copy, steps).AsObject().Remove(name);
        return copy.ToJsonString();
    }

    /// <summary>The node that holds the last step, made (an object, or a list of one object) where missing.</summary>
    private static JsonNode ParentOf(JsonNode body, IReadOnlyList<object> steps)
    {
        var node = body;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var next = steps[i + 1] is int ? (JsonNode)new JsonArray(new JsonObject()) : new JsonObject();
            node = steps[i] switch
            {
                string name => node.AsObject()[name] ??= next,
                int index when node.AsArray().Count > index => node.AsArray()[index] ??= next,
                _ => Appended(node.AsArray(), next),
            };
        }
        return node;
    }

    private static JsonNode Appended(JsonArray list, JsonNode item)
    {
        list.Add(item);
        return item;
    }
}
