using System.Text.Json.Nodes;

namespace Deployment.Tests.Support;

/// <summary>
/// A pod the manifests would start: a Deployment's, StatefulSet's or Job's template, or a bare (helm test) Pod.
/// </summary>
public sealed record Workload(string Name, JsonObject Owner, JsonObject PodSpec, JsonObject PodLabels)
{
    public IEnumerable<JsonObject> Containers =>
        (PodSpec["containers"]?.AsArray() ?? []).Concat(PodSpec["initContainers"]?.AsArray() ?? [])
            .Select(c => c!.AsObject());

    public static IEnumerable<Workload> In(IEnumerable<JsonObject> objects)
    {
        foreach (var o in objects)
        {
            var name = $"{o["kind"]}/{o["metadata"]?["name"]}";
            var template = (string?)o["kind"] is "Pod" ? o : o["spec"]?["template"]?.AsObject();
            if ((string?)o["kind"] is not ("Deployment" or "StatefulSet" or "Job" or "Pod")) continue;
            if (template is null) continue;
            yield return new Workload(name, o, template["spec"]!.AsObject(),
                template["metadata"]?["labels"]?.AsObject() ?? []);
        }
    }

    public static JsonObject? MatchLabels(JsonObject owner) => owner["spec"]?["selector"]?["matchLabels"]?.AsObject();

    /// <summary>Whether a selector's matchLabels (or a Service's plain selector) picks these pod labels.</summary>
    public static bool Selects(JsonObject? selector, JsonObject labels) =>
        selector is { Count: > 0 } && selector.All(pair => (string?)labels[pair.Key] == (string?)pair.Value);
}
