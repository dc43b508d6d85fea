using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>
/// The real linter, @stoplight/spectral-cli with the repository's .spectral.yaml (spectral:oas),
/// on a document: what it finds, one line a finding.
/// </summary>
public static class SpectralLint
{
    private static readonly string Spectral =
        Path.Combine(CheckedInDocument.Root, "tests/Interop/node/node_modules/.bin/spectral");

    public static IReadOnlyList<string> Findings(CheckedInDocument document) => Findings(document.FullPath);

    /// <summary>What spectral:oas finds in the OpenAPI document at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> Findings(string path)
    {
        if (!File.Exists(Spectral))
            throw new InvalidOperationException("spectral is not installed: run scripts/prerequisites.sh.");
        // A warning leaves the exit code 0 and is read from the JSON; an error exits 1 and Tool.Run fails
        // with the output.
        var ruleset = Path.Combine(CheckedInDocument.Root, ".spectral.yaml");
        var output = Tool.Run(Spectral, "lint", path, "--ruleset", ruleset,
            "--format", "json", "--quiet", "--fail-on-unmatched-globs", "--fail-severity", "error");
        return JsonNode.Parse(output)!.AsArray().Select(f =>
            $"{f!["code"]} at {string.Join('.', f["path"]!.AsArray())}: {f["message"]}").ToList();
    }
}
