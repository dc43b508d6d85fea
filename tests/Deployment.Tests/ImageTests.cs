using System.Text.RegularExpressions;
using Commissioning.Testing;
using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>
/// deploy/docker/Dockerfile as an operator's CI would build it (the official images by default, multi-stage,
/// non-root, exec form), and scripts/images.sh building an image for every chart that deploys one.
/// </summary>
public sealed partial class ImageTests
{
    private static readonly string[] Dockerfile =
        File.ReadAllLines(Path.Combine(Repository.Root, "deploy", "docker", "Dockerfile"));

    private static string[] Instructions(string name) =>
        Dockerfile.Where(l => l.StartsWith(name + " ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_official_dotnet_images_are_the_build_arguments_defaults()
    {
        Assert.Contains("ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0", Dockerfile);
        const string runtime = "ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-";
        Assert.Contains(Dockerfile, l => l.StartsWith(runtime, StringComparison.Ordinal)
            && l.EndsWith("-chiseled", StringComparison.Ordinal));
        Assert.Equal(["FROM ${SDK_IMAGE} AS build", "FROM ${RUNTIME_IMAGE}"], Instructions("FROM"));
    }

    [Fact]
    public void The_run_stage_needs_no_shell_and_runs_as_a_user_that_is_not_root()
    {
        var runStage = Dockerfile.SkipWhile(l => l != "FROM ${RUNTIME_IMAGE}").ToArray();

        Assert.DoesNotContain(runStage, l => l.StartsWith("RUN ", StringComparison.Ordinal));
        Assert.Equal("USER 1654:1654", Assert.Single(runStage, l => l.StartsWith("USER ", StringComparison.Ordinal)));
        Assert.Equal("ENTRYPOINT [\"/app/service\"]", Assert.Single(Instructions("ENTRYPOINT")));
    }

    [Fact]
    public void The_image_user_is_the_one_the_charts_run_pods_as()
    {
        foreach (var chart in Charts.Applications)
        {
            var pod = Rendering.Of(chart, "").OfKind("Deployment").Single()["spec"]!["template"]!["spec"]!;
            Assert.Equal(1654, (int?)pod["securityContext"]!["runAsUser"]);
        }
    }

    [Fact]
    public void Images_sh_builds_an_image_for_every_chart_that_deploys_one()
    {
        var script = File.ReadAllText(Path.Combine(Repository.Root, "scripts", "images.sh"));
        var built = ImageEntry().Matches(script).Select(m => m.Groups["name"].Value).Order().ToList();
        var deployed = Charts.Applications.SelectMany(c => Rendering.Of(c, "").OfKind("Deployment"))
            .Select(d => (string)d["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!)
            .Select(image => image.Split(':')[0].Replace("commissioning/", "")).Order().ToList();

        Assert.Equal(deployed, built);
        foreach (var project in ImageEntry().Matches(script).Select(m => m.Groups["project"].Value))
            Assert.True(Directory.Exists(Path.Combine(Repository.Root, project)), $"{project} does not exist");
    }

    [GeneratedRegex("""^  "(?<name>[a-z-]+) (?<project>[A-Za-z./]+)"$""", RegexOptions.Multiline)]
    private static partial Regex ImageEntry();
}
