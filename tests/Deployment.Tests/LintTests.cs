using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>helm lint --strict of every chart; each subchart linted alone, with only its own values.</summary>
public sealed class LintTests
{
    public static TheoryData<string> EveryChart() => [.. Charts.All];

    [Theory]
    [MemberData(nameof(EveryChart))]
    public void Lints_strictly_with_its_own_values(string chart)
    {
        var lint = DeploymentTools.HelmRun("lint", "--strict", Charts.PathOf(chart));

        Assert.True(lint.Succeeded, lint.ToString());
    }

    [Theory]
    [MemberData(nameof(Charts.RenderMatrix), MemberType = typeof(Charts))]
    public void Lints_strictly_with_each_ci_values_file(string chart, string valuesFile)
    {
        if (valuesFile.Length == 0) return; // the chart's own values: the test above
        var lint = DeploymentTools.HelmRun("lint", "--strict", Charts.PathOf(chart),
            "--values", Path.Combine(Charts.PathOf(chart), "ci", valuesFile));

        Assert.True(lint.Succeeded, lint.ToString());
    }

    [Fact]
    public void Every_chart_has_a_schema_that_refuses_unknown_keys()
    {
        foreach (var chart in Charts.All)
        {
            var file = Path.Combine(Charts.PathOf(chart), "values.schema.json");
            var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
            Assert.False((bool?)schema["additionalProperties"] ?? true, $"{chart}: additionalProperties is not false");
        }
    }

    [Fact]
    public void Every_installable_subchart_has_ci_values()
    {
        foreach (var chart in Charts.Installable)
            Assert.True(Charts.ValuesFiles(chart).Count() > 1, $"{chart} has no ci/*-values.yaml");
    }

    [Fact]
    public void The_application_charts_share_one_values_schema_and_one_template()
    {
        var first = Charts.Applications[0];
        foreach (var chart in Charts.Applications.Skip(1))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Charts.PathOf(first), "values.schema.json")),
                File.ReadAllText(Path.Combine(Charts.PathOf(chart), "values.schema.json")));
            Assert.Equal(File.ReadAllText(Path.Combine(Charts.PathOf(first), "templates", "app.yaml")),
                File.ReadAllText(Path.Combine(Charts.PathOf(chart), "templates", "app.yaml")));
        }
    }
}
