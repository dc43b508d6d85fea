using Commissioning.Testing;
using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>
/// k8s/: the base is the chart rendered (no drift), and each overlay builds, validates and meets the policy.
/// </summary>
public sealed class KustomizeTests
{
    private static readonly string K8s = Path.Combine(Repository.Root, "k8s");

    public static TheoryData<string> Overlays() =>
        [.. Directory.GetDirectories(Path.Combine(K8s, "overlays")).Select(d => Path.GetFileName(d)).Order()];

    private static Rendering Build(string overlay)
    {
        var built = Command.Run(DeploymentTools.Kubectl, ["kustomize", Path.Combine(K8s, "overlays", overlay)]);
        Assert.True(built.Succeeded, built.ToString());
        return Rendering.Parse(built.Output);
    }

    [Fact]
    public void The_base_is_what_the_chart_renders_now()
    {
        var fresh = Path.Combine(Path.GetTempPath(), $"k8s-base-{Guid.NewGuid():N}.yaml");
        try
        {
            var rendered = Command.Run(Path.Combine(Repository.Root, "scripts", "k8s-base.sh"), [fresh]);
            Assert.True(rendered.Succeeded, rendered.ToString());
            Assert.True(File.ReadAllText(Path.Combine(K8s, "base", "commissioning.yaml")) == File.ReadAllText(fresh),
                "k8s/base/commissioning.yaml differs from the chart: run scripts/k8s-base.sh");
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Each_overlay_builds_to_valid_objects_that_meet_the_policy(string overlay)
    {
        var rendering = Build(overlay);

        Assert.Empty(rendering.SchemaErrors);
        Assert.Empty(OperatorPolicy.Violations(rendering.Objects));
    }

    [Fact]
    public void The_trial_runs_one_replica_of_each_with_its_stores_in_the_namespace()
    {
        var rendering = Build("trial");

        Assert.All(rendering.OfKind("Deployment"), d => Assert.Equal(1, (int?)d["spec"]!["replicas"]));
        Assert.Empty(rendering.OfKind("HorizontalPodAutoscaler"));
        Assert.Empty(rendering.OfKind("PodDisruptionBudget"));
        Assert.Equal(["postgres", "redis"], rendering.OfKind("StatefulSet").Select(Manifest.NameOf).Order());
        string[] secrets = ["pooled-finance-store", "contracts-store", "care-packages-store", "commissioning-redis"];
        foreach (var secret in secrets) Assert.Single(rendering.OfKind("Secret"), s => Manifest.NameOf(s) == secret);
    }

    [Fact]
    public void Production_runs_two_replicas_or_more_behind_budgets_with_external_stores()
    {
        var rendering = Build("production");

        Assert.Equal(4, rendering.OfKind("HorizontalPodAutoscaler").Count(h => (int?)h["spec"]!["minReplicas"] >= 2));
        Assert.Equal(4, rendering.OfKind("PodDisruptionBudget").Count());
        Assert.Empty(rendering.OfKind("StatefulSet"));
        Assert.Empty(rendering.OfKind("Secret"));
        Assert.All(rendering.OfKind("Deployment"), d => Assert.StartsWith("registry.example.org/",
            (string?)d["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]));
    }
}
