using Commissioning.Testing;

namespace Deployment.Tests.Support;

/// <summary>The charts under charts/commissioning (the umbrella, then each subchart) and their values files.</summary>
public static class Charts
{
    public static readonly string Root = Path.Combine(Repository.Root, "charts");
    public const string Umbrella = "commissioning";

    /// <summary>Every chart, as a path under charts/: commissioning, commissioning/charts/contracts, ...</summary>
    public static IReadOnlyList<string> All { get; } =
        [Umbrella, .. Directory.GetDirectories(Path.Combine(Root, Umbrella, "charts"))
            .Where(d => File.Exists(Path.Combine(d, "Chart.yaml")))
            .Select(d => Path.GetRelativePath(Root, d)).Order(StringComparer.Ordinal)];

    public static bool IsLibrary(string chart) =>
        File.ReadAllLines(Path.Combine(Root, chart, "Chart.yaml")).Any(l => l.Trim() == "type: library");

    public static IReadOnlyList<string> Installable { get; } = All.Where(c => !IsLibrary(c)).ToList();

    /// <summary>The services' and the gateway's charts: those whose only template is common.app.</summary>
    public static IReadOnlyList<string> Applications { get; } = Installable
        .Where(c => File.Exists(Path.Combine(Root, c, "templates", "app.yaml"))).ToList();

    public static string PathOf(string chart) => Path.Combine(Root, chart);

    /// <summary>"" for the chart's own values, then each ci/*-values.yaml.</summary>
    public static IEnumerable<string> ValuesFiles(string chart)
    {
        yield return "";
        var ci = Path.Combine(Root, chart, "ci");
        if (!Directory.Exists(ci)) yield break;
        foreach (var file in Directory.GetFiles(ci, "*-values.yaml").Order(StringComparer.Ordinal))
            yield return Path.GetFileName(file);
    }

    public static TheoryData<string> InstallableData() => [.. Installable];

    public static TheoryData<string> ApplicationData() => [.. Applications];

    public static TheoryData<string, string> RenderMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var chart in Installable)
            foreach (var values in ValuesFiles(chart)) data.Add(chart, values);
        return data;
    }
}
