using Commissioning.Testing;

namespace Deployment.Tests.Support;

/// <summary>Helm 4, kubectl and the manifest checker, as scripts/prerequisites.sh installs them.</summary>
public static class DeploymentTools
{
    private static readonly string Tools = Path.Combine(Repository.Root, ".tools");

    public static string Helm { get; } = Tool.Find("helm", Path.Combine(Tools, "helm"));
    public static string Kubectl { get; } = Tool.Find("kubectl", Path.Combine(Tools, "kubectl"));
    public static string Node { get; } = Tool.Find("node");

    public static string ManifestChecker { get; } =
        Path.Combine(Repository.Root, "tests", "Deployment.Tests", "node", "manifests.mjs");

    public static CommandResult HelmRun(params string[] arguments) => Command.Run(Helm, arguments);
}
