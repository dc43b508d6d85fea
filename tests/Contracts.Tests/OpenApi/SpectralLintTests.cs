using System.Text.Json.Nodes;
using Commissioning.Testing;

namespace Contracts.Tests.OpenApi;

/// <summary>
/// Each checked-in service document passes the real linter, @stoplight/spectral-cli with the
/// repository's .spectral.yaml (spectral:oas), with no error and no warning. Another service's
/// document is one more InlineData line.
/// </summary>
public sealed class SpectralLintTests
{
    private static readonly string Spectral =
        Path.Combine(CheckedInDocument.Root, "tests/Interop/node/node_modules/.bin/spectral");

    [Theory]
    [InlineData("services/Contracts/openapi.json")]
    public void The_document_has_no_spectral_finding(string document)
    {
        var findings = Lint(new CheckedInDocument(document).FullPath);

        Assert.True(findings.Count == 0, $"spectral:oas on {document}:\n" + string.Join("\n", findings.Select(f =>
            $"{f!["code"]} at {string.Join('.', f["path"]!.AsArray())}: {f["message"]}")));
    }

    private static JsonArray Lint(string document)
    {
        if (!File.Exists(Spectral))
            throw new InvalidOperationException("spectral is not installed: run scripts/prerequisites.sh.");
        // A warning leaves the exit code 0 and is asserted from the JSON; an error exits 1 and Tool.Run fails
        // with the output.
        var ruleset = Path.Combine(CheckedInDocument.Root, ".spectral.yaml");
        var output = Tool.Run(Spectral, "lint", document, "--ruleset", ruleset,
            "--format", "json", "--quiet", "--fail-on-unmatched-globs", "--fail-severity", "error");
        return JsonNode.Parse(output)!.AsArray();
    }
}
