using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>helm template with the default and every ci/*-values.yaml, each object against its schema.</summary>
public sealed class RenderTests
{
    [Theory]
    [MemberData(nameof(Charts.RenderMatrix), MemberType = typeof(Charts))]
    public void Every_rendered_object_meets_the_Kubernetes_and_Dapr_schemas(string chart, string valuesFile)
    {
        var rendering = Rendering.Of(chart, valuesFile);

        Assert.NotEmpty(rendering.Objects);
        Assert.Empty(rendering.SchemaErrors);
    }

    [Theory]
    [MemberData(nameof(Charts.ApplicationData), MemberType = typeof(Charts))]
    public void A_misspelt_value_fails_the_schema(string chart)
    {
        var rendered = Rendering.Template(chart, "", "replicaCuont=2");

        Assert.False(rendered.Succeeded);
        Assert.Contains("replicaCuont", rendered.Error);
    }

    [Fact]
    public void A_misspelt_subchart_value_fails_the_umbrella()
    {
        var rendered = Rendering.Template(Charts.Umbrella, "", "contracts.replicaCuont=2");

        Assert.False(rendered.Succeeded);
        Assert.Contains("replicaCuont", rendered.Error);
    }

    [Theory]
    [InlineData("image.tag=latest")]
    [InlineData("resources.limits.cpu=null")]
    [InlineData("ports.http=80")]
    public void Values_the_policy_forbids_fail_the_schema(string setting)
    {
        var rendered = Rendering.Template("commissioning/charts/contracts", "", setting);

        Assert.False(rendered.Succeeded, rendered.Output);
    }

    [Fact]
    public void The_checker_refuses_what_the_schemas_refuse()
    {
        var rendering = Rendering.Parse("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: x }
            spec: { replicas: "two", selector: {}, template: {} }
            ---
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata: { name: pubsub }
            spec: { type: pubsub.redis, version: v1, metdata: [] }
            ---
            apiVersion: example.org/v1
            kind: Unknown
            metadata: { name: y }
            """);

        Assert.Contains(rendering.SchemaErrors, e => e.StartsWith("Deployment/x:") && e.Contains("replicas"));
        Assert.Contains(rendering.SchemaErrors, e => e.StartsWith("Component/pubsub:"));
        Assert.Contains(rendering.SchemaErrors, e => e.StartsWith("Unknown/y:"));
    }

    [Fact]
    public void The_umbrella_renders_every_service_the_gateway_and_the_shared_Dapr_resources()
    {
        var rendering = Rendering.Of(Charts.Umbrella, "");

        var services = ServicesOfTheRepository();
        Assert.Equal(services, rendering.OfKind("Deployment").Select(d => (string)d["metadata"]!["name"]!).Order());
        Assert.Equal("pubsub.redis", (string?)Assert.Single(rendering.OfKind("Component"))["spec"]!["type"]);
        Assert.Single(rendering.OfKind("Configuration"));
        Assert.Single(rendering.OfKind("Resiliency"));
        Assert.Single(rendering.OfKind("Ingress"));
        var hooks = rendering.OfKind("Pod").Select(p => (string?)p["metadata"]!["annotations"]!["helm.sh/hook"]);
        // helm test calls each one's readiness through its Service.
        Assert.Equal(services.Length, hooks.Count(hook => hook == "test"));
    }

    /// <summary>
    /// Every service under services/ that can run (it has its Api project) and the gateway: each needs a chart.
    /// A service whose domain comes first is charted when its Api lands.
    /// </summary>
    private static string[] ServicesOfTheRepository() =>
        Directory.GetDirectories(Path.Combine(Commissioning.Testing.Repository.Root, "services"))
            .Where(folder => Directory.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".Api")))
            .Select(Path.GetFileName)
            .Select(name => string.Concat(name!.Select((c, i) => i > 0 && char.IsUpper(c)
                ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())))
            .Append("gateway").Order().ToArray();
}
