using System.Text.Json.Nodes;
using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>
/// The operators' policy (anchors-refresh §6) over everything each chart renders, and proof each rule bites.
/// </summary>
public sealed class PolicyTests
{
    [Theory]
    [MemberData(nameof(Charts.RenderMatrix), MemberType = typeof(Charts))]
    public void What_renders_meets_the_operators_policy(string chart, string valuesFile)
    {
        var rendering = Rendering.Of(chart, valuesFile);

        Assert.Empty(OperatorPolicy.Violations(rendering.Objects));
    }

    private const string Container = "$.spec.template.spec.containers[0]";
    private const string Annotations = "$.spec.template.metadata.annotations";

    public static TheoryData<string, string> Breaches() => new()
    {
        { "restricted-pod-security", $"{Container}.securityContext.allowPrivilegeEscalation=true" },
        { "restricted-pod-security", "$.spec.template.spec.securityContext.runAsNonRoot=false" },
        { "restricted-pod-security", $"{Container}.securityContext.capabilities.drop=[]" },
        { "read-only-root-filesystem", $"{Container}.securityContext.readOnlyRootFilesystem=false" },
        { "resources-set", $"{Container}.resources.limits=null" },
        { "pinned-image", $"{Container}.image=\"commissioning/contracts:latest\"" },
        { "pinned-image", $"{Container}.image=\"commissioning/contracts\"" },
        { "probes", $"{Container}.readinessProbe=null" },
        { "selectors-match", "$.spec.selector.matchLabels[\"app.kubernetes.io/name\"]=\"other\"" },
        { "dapr-annotations", $"{Annotations}[\"dapr.io/sidecar-seccomp-profile-type\"]=\"Unconfined\"" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void Each_rule_finds_its_breach_in_the_contracts_deployment(string rule, string change)
    {
        var objects = Rendering.Of("commissioning/charts/contracts", "").Objects
            .Select(o => o.DeepClone().AsObject()).ToList();
        Apply(objects.Single(o => (string?)o["kind"] == "Deployment"), change);

        Assert.Contains(OperatorPolicy.Violations(objects), v => v.StartsWith(rule + ":"));
    }

    [Fact]
    public void A_budget_as_large_as_the_autoscaler_floor_is_found()
    {
        var objects = Rendering.Of("commissioning/charts/contracts", "ha-values.yaml").Objects
            .Select(o => o.DeepClone().AsObject()).ToList();
        objects.Single(o => (string?)o["kind"] == "PodDisruptionBudget")["spec"]!["minAvailable"] = 2;

        Assert.Contains(OperatorPolicy.Violations(objects), v => v.StartsWith("disruption-budget-allows-eviction:"));
    }

    [Fact]
    public void A_hook_pod_that_a_Service_would_route_to_is_found()
    {
        var objects = Rendering.Of("commissioning/charts/contracts", "").Objects
            .Select(o => o.DeepClone().AsObject()).ToList();
        objects.Single(o => (string?)o["kind"] == "Pod")["metadata"]!["labels"]!["app.kubernetes.io/name"] = "contracts";

        Assert.Contains(OperatorPolicy.Violations(objects), v => v.StartsWith("selectors-match:"));
    }

    [Fact]
    public void A_secret_set_as_a_literal_environment_value_is_refused()
    {
        var rendering = Rendering.Of("commissioning/charts/contracts", "", "env.Store__Password=hunter2");

        Assert.Contains(OperatorPolicy.Violations(rendering.Objects), v => v.StartsWith("no-secret-literals:"));
    }

    [Fact]
    public void Store_identity_and_app_token_come_from_secrets_by_reference()
    {
        var deployment = Rendering.Of("commissioning/charts/contracts", "").OfKind("Deployment").Single();
        var env = deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray();

        foreach (var name in new[] { "Store__ConnectionString", "Identity__Authority", "APP_API_TOKEN" })
            Assert.NotNull(env.Single(e => (string?)e!["name"] == name)!["valueFrom"]?["secretKeyRef"]);
    }

    [Fact]
    public void A_budget_that_allows_no_eviction_does_not_render()
    {
        var rendered = Rendering.Template("commissioning/charts/contracts", "",
            "podDisruptionBudget.enabled=true", "replicaCount=2", "podDisruptionBudget.minAvailable=2");

        Assert.False(rendered.Succeeded);
        Assert.Contains("minAvailable", rendered.Error);
    }

    [Fact]
    public void The_gRPC_Service_is_headless_so_clients_balance_per_call()
    {
        var services = Rendering.Of("commissioning/charts/pooled-finance", "").OfKind("Service").ToList();

        string? ClusterIp(string name) =>
            (string?)services.Single(s => Manifest.NameOf(s) == name)["spec"]!["clusterIP"];

        Assert.Equal("None", ClusterIp("pooled-finance-grpc"));
        Assert.Null(ClusterIp("pooled-finance"));
    }

    [Fact]
    public void Partners_and_the_gateway_address_the_headless_gRPC_Services_so_each_call_is_balanced()
    {
        var rendering = Rendering.Of("commissioning", "");
        var headless = rendering.OfKind("Service")
            .Where(s => (string?)s["spec"]!["clusterIP"] == "None")
            .SelectMany(s => s["spec"]!["ports"]!.AsArray().Select(p => $"{Manifest.NameOf(s)}:{(int)p!["port"]!}"))
            .ToHashSet();
        var settings = rendering.OfKind("ConfigMap")
            .Select(m => (Name: Manifest.NameOf(m), App: JsonNode.Parse((string)m["data"]!["appsettings.json"]!)!))
            .ToList();

        // A service's partners: dns:/// (the client's round robin over every pod), never http:// to a name.
        var partners = settings.SelectMany(s => s.App["Services"]?.AsObject().Select(p => (string)p.Value!) ?? [])
            .ToList();
        Assert.Equal(5, partners.Count);
        Assert.All(partners, address =>
        {
            Assert.StartsWith("dns:///", address);
            Assert.Contains(address["dns:///".Length..], headless);
        });
        // The gateway's gRPC clusters: http:// (YARP's destinations are URLs) to a headless Service, which its DNS
        // destination resolver turns into a destination per pod.
        var gateway = settings.Single(s => s.Name == "gateway").App["ReverseProxy"]!["Clusters"]!.AsObject();
        var grpc = gateway.Where(c => c.Key.EndsWith("-grpc", StringComparison.Ordinal))
            .Select(c => new Uri((string)c.Value!["Destinations"]!["main"]!["Address"]!)).ToList();
        Assert.Equal(5, grpc.Count);
        Assert.All(grpc, address => Assert.Contains($"{address.Host}:{address.Port}", headless));
    }

    /// <summary>Sets one field given as $.a.b[0]["c"]=json (null removes it).</summary>
    private static void Apply(JsonObject target, string change)
    {
        var (path, value) = (change[..change.IndexOf('=')], JsonNode.Parse(change[(change.IndexOf('=') + 1)..]));
        var steps = System.Text.RegularExpressions.Regex.Matches(path, @"\.(\w+)|\[(\d+)\]|\[""([^""]+)""\]")
            .Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Value).ToList();
        JsonNode node = target;
        foreach (var step in steps[..^1]) node = int.TryParse(step, out var i) ? node[i]! : node[step]!;
        if (value is null) node.AsObject().Remove(steps[^1]);
        else node[steps[^1]] = value;
    }
}
