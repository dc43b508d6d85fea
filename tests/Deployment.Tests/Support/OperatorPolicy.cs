using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Deployment.Tests.Support;

/// <summary>
/// What operators expect of what a chart renders (anchors-refresh §6): the restricted Pod Security
/// Standard, non-root, a read-only root filesystem, resources, pinned images, probes, selectors that
/// match, secrets never as literal environment values, budgets that allow an eviction. Each rule is
/// named and answers the violations it finds, so a test names the rule that broke.
/// </summary>
public static partial class OperatorPolicy
{
    public static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<JsonObject>, IEnumerable<string>>> Rules =
        new Dictionary<string, Func<IReadOnlyList<JsonObject>, IEnumerable<string>>>
        {
            ["restricted-pod-security"] = RestrictedPodSecurity,
            ["read-only-root-filesystem"] = ReadOnlyRootFilesystem,
            ["resources-set"] = ResourcesSet,
            ["pinned-image"] = PinnedImage,
            ["probes"] = Probes,
            ["selectors-match"] = SelectorsMatch,
            ["no-secret-literals"] = NoSecretLiterals,
            ["disruption-budget-allows-eviction"] = DisruptionBudgetAllowsEviction,
            ["dapr-annotations"] = DaprAnnotations,
        };

    public static IEnumerable<string> Violations(IReadOnlyList<JsonObject> objects) =>
        Rules.SelectMany(rule => rule.Value(objects).Select(v => $"{rule.Key}: {v}"));

    private static IEnumerable<string> RestrictedPodSecurity(IReadOnlyList<JsonObject> objects)
    {
        foreach (var pod in Workload.In(objects))
        {
            var podContext = pod.PodSpec["securityContext"];
            if ((bool?)podContext?["runAsNonRoot"] != true) yield return $"{pod.Name} pod runAsNonRoot is not true";
            if ((long?)podContext?["runAsUser"] == 0) yield return $"{pod.Name} pod runs as uid 0";
            foreach (var field in new[] { "hostNetwork", "hostPID", "hostIPC" })
                if ((bool?)pod.PodSpec[field] == true) yield return $"{pod.Name} uses {field}";
            foreach (var volume in pod.PodSpec["volumes"]?.AsArray() ?? [])
                if (volume!["hostPath"] is not null) yield return $"{pod.Name} mounts a hostPath";
            foreach (var container in pod.Containers)
            {
                var name = $"{pod.Name} container {container["name"]}";
                var context = container["securityContext"];
                if ((bool?)context?["allowPrivilegeEscalation"] != false)
                    yield return $"{name} allows privilege escalation";
                if ((bool?)context?["privileged"] == true) yield return $"{name} is privileged";
                if (!(context?["capabilities"]?["drop"]?.AsArray() ?? []).Any(c => (string?)c == "ALL"))
                    yield return $"{name} does not drop ALL capabilities";
                if ((context?["capabilities"]?["add"]?.AsArray() ?? []).Any(c => (string?)c != "NET_BIND_SERVICE"))
                    yield return $"{name} adds a capability";
                var seccomp = (string?)(context?["seccompProfile"] ?? podContext?["seccompProfile"])?["type"];
                if (seccomp is not ("RuntimeDefault" or "Localhost"))
                    yield return $"{name} has no RuntimeDefault seccomp profile";
                if ((long?)context?["runAsUser"] == 0) yield return $"{name} runs as uid 0";
            }
        }
    }

    private static IEnumerable<string> ReadOnlyRootFilesystem(IReadOnlyList<JsonObject> objects) =>
        from pod in Workload.In(objects)
        from container in pod.Containers
        where (bool?)container["securityContext"]?["readOnlyRootFilesystem"] != true
        select $"{pod.Name} container {container["name"]} has a writable root filesystem";

    private static IEnumerable<string> ResourcesSet(IReadOnlyList<JsonObject> objects) =>
        from pod in Workload.In(objects)
        from container in pod.Containers
        from bound in new[] { "requests", "limits" }
        from resource in new[] { "cpu", "memory" }
        where container["resources"]?[bound]?[resource] is null
        select $"{pod.Name} container {container["name"]} has no {bound}.{resource}";

    private static IEnumerable<string> PinnedImage(IReadOnlyList<JsonObject> objects) =>
        from pod in Workload.In(objects)
        from container in pod.Containers
        let image = (string?)container["image"] ?? ""
        let repositoryAndTag = image[(image.LastIndexOf('/') + 1)..]
        let tag = image.Contains('@') ? "digest" : repositoryAndTag.Split(':').ElementAtOrDefault(1)
        where tag is null or "" or "latest"
        select $"{pod.Name} container {container["name"]} image '{image}' has no pinned tag";

    private static readonly (string, string)[] ExpectedProbes =
        [("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready"), ("startupProbe", "/health/live")];

    private static IEnumerable<string> Probes(IReadOnlyList<JsonObject> objects) =>
        from pod in Workload.In(objects)
        where (string?)pod.Owner["kind"] == "Deployment"
        from container in pod.Containers
        from probe in ExpectedProbes
        where (string?)container[probe.Item1]?["httpGet"]?["path"] != probe.Item2
        select $"{pod.Name} container {container["name"]} has no {probe.Item1} on {probe.Item2}";

    private static IEnumerable<string> SelectorsMatch(IReadOnlyList<JsonObject> objects)
    {
        var pods = Workload.In(objects).ToList();
        var deployments = pods.Where(p => (string?)p.Owner["kind"] is "Deployment" or "StatefulSet").ToList();
        foreach (var deployment in deployments)
            if (!Workload.Selects(Workload.MatchLabels(deployment.Owner), deployment.PodLabels))
                yield return $"{deployment.Name} selector does not match its pod template's labels";
        foreach (var job in pods.Where(p => (string?)p.Owner["kind"] is "Job" or "Pod"))
            if (deployments.Any(d => Workload.Selects(Workload.MatchLabels(d.Owner), job.PodLabels)))
                yield return $"{job.Name} would be counted as a pod of a Deployment";
        foreach (var o in objects)
        {
            var kind = (string?)o["kind"];
            var selector = kind switch
            {
                "Service" => o["spec"]?["selector"]?.AsObject(),
                "PodDisruptionBudget" => o["spec"]?["selector"]?["matchLabels"]?.AsObject(),
                "NetworkPolicy" => o["spec"]?["podSelector"]?["matchLabels"]?.AsObject(),
                _ => null,
            };
            if (selector is null) continue;
            var picked = pods.Where(p => Workload.Selects(selector, p.PodLabels)).Select(p => p.Name).ToList();
            if (picked.Count != 1 || !deployments.Any(d => d.Name == picked[0]))
                yield return $"{kind}/{Manifest.NameOf(o)} selects [{string.Join(", ", picked)}], not one workload";
        }
        foreach (var hpa in objects.Where(o => (string?)o["kind"] == "HorizontalPodAutoscaler"))
            if (!deployments.Any(d => d.Name == $"Deployment/{hpa["spec"]?["scaleTargetRef"]?["name"]}"))
                yield return $"HorizontalPodAutoscaler/{hpa["metadata"]?["name"]} scales no rendered Deployment";
    }

    private static IEnumerable<string> NoSecretLiterals(IReadOnlyList<JsonObject> objects) =>
        from pod in Workload.In(objects)
        from container in pod.Containers
        from variable in container["env"]?.AsArray() ?? []
        let name = (string?)variable!["name"] ?? ""
        where variable["value"] is not null && SecretName().IsMatch(name)
        select $"{pod.Name} container {container["name"]} sets {name} as a literal value";

    private static IEnumerable<string> DisruptionBudgetAllowsEviction(IReadOnlyList<JsonObject> objects)
    {
        foreach (var budget in objects.Where(o => (string?)o["kind"] == "PodDisruptionBudget"))
        {
            var name = $"PodDisruptionBudget/{budget["metadata"]?["name"]}";
            var spec = budget["spec"]!;
            if (spec["maxUnavailable"] is { } most && most.ToString() is "0" or "0%")
                yield return $"{name} has maxUnavailable 0";
            var deployment = Workload.In(objects).FirstOrDefault(w => (string?)w.Owner["kind"] == "Deployment"
                && Workload.Selects(Workload.MatchLabels(budget), w.PodLabels))?.Owner;
            var hpa = objects.FirstOrDefault(o => (string?)o["kind"] == "HorizontalPodAutoscaler"
                && (string?)o["spec"]?["scaleTargetRef"]?["name"] == (string?)deployment?["metadata"]?["name"]);
            var replicas = (int?)hpa?["spec"]?["minReplicas"] ?? (int?)deployment?["spec"]?["replicas"] ?? 1;
            if ((int?)spec["minAvailable"] >= replicas)
                yield return $"{name} minAvailable {spec["minAvailable"]} of {replicas} replicas";
        }
    }

    private static readonly string[] DaprAnnotationNames =
    [
        "app-id", "app-port", "app-protocol", "config", "app-token-secret", "enable-app-health-check",
        "app-health-check-path", "sidecar-cpu-request", "sidecar-cpu-limit", "sidecar-memory-request",
        "sidecar-memory-limit", "sidecar-seccomp-profile-type",
    ];

    private static IEnumerable<string> DaprAnnotations(IReadOnlyList<JsonObject> objects) =>
        from o in objects
        where (string?)o["kind"] == "Deployment"
        let annotations = o["spec"]?["template"]?["metadata"]?["annotations"]
        where (string?)annotations?["dapr.io/enabled"] == "true"
        from name in DaprAnnotationNames
        where annotations?[$"dapr.io/{name}"] is null
            || (name == "sidecar-seccomp-profile-type" && (string?)annotations[$"dapr.io/{name}"] != "RuntimeDefault")
        select $"Deployment/{o["metadata"]?["name"]} lacks dapr.io/{name}";

    [GeneratedRegex("password|secret|token|connectionstring|apikey|signingkey|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
