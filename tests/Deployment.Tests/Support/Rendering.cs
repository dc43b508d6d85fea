using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Deployment.Tests.Support;

/// <summary>What one chart renders with one values file: the objects and what the schemas said of them.</summary>
public sealed record Rendering(IReadOnlyList<JsonObject> Objects, IReadOnlyList<string> SchemaErrors)
{
    private static readonly ConcurrentDictionary<string, Rendering> Cache = new();

    /// <summary>helm template of the chart (a ci/ values file or ""), each object through manifests.mjs.</summary>
    public static Rendering Of(string chart, string valuesFile, params string[] settings) =>
        Cache.GetOrAdd($"{chart}|{valuesFile}|{string.Join(',', settings)}", _ => Render(chart, valuesFile, settings));

    public static CommandResult Template(string chart, string valuesFile, params string[] settings)
    {
        List<string> arguments = ["template", "release", Charts.PathOf(chart), "--namespace", "commissioning"];
        if (valuesFile.Length > 0)
            arguments.AddRange(["--values", Path.Combine(Charts.PathOf(chart), "ci", valuesFile)]);
        foreach (var setting in settings) arguments.AddRange(["--set", setting]);
        return DeploymentTools.HelmRun([.. arguments]);
    }

    public static Rendering Parse(string manifests)
    {
        var checkedOutput = Command.Run(DeploymentTools.Node, [DeploymentTools.ManifestChecker], manifests);
        if (!checkedOutput.Succeeded) throw new InvalidOperationException($"manifests.mjs failed: {checkedOutput}");
        var result = JsonNode.Parse(checkedOutput.Output)!.AsObject();
        return new Rendering(
            result["objects"]!.AsArray().Select(o => o!.AsObject()).ToList(),
            result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList());
    }

    private static Rendering Render(string chart, string valuesFile, string[] settings)
    {
        var rendered = Template(chart, valuesFile, settings);
        if (!rendered.Succeeded) throw new InvalidOperationException($"helm template {chart} {valuesFile}: {rendered}");
        return Parse(rendered.Output);
    }

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => (string?)o["kind"] == kind);
}
