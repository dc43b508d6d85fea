using System.Text.Json.Nodes;
using Xunit;

namespace Commissioning.Testing.OpenApi;

/// <summary>
/// A service's partner API is the document checked in beside its projects: the running service's
/// /openapi/v1.json must equal it, a breaking change fails with what breaks, and spectral:oas finds
/// nothing in it. UPDATE_OPENAPI=1 rewrites the file from the running service instead (then review
/// the diff). A service's suite derives one class from this.
/// </summary>
public abstract class PartnerDocumentTests<TProgram>(CheckedInDocument document, string testProject)
    where TProgram : class
{
    private string Regenerate =>
        "If the change is intended, regenerate it: "
        + $"UPDATE_OPENAPI=1 dotnet test {testProject} --filter {GetType().Name}";

    [Fact]
    public async Task The_running_service_serves_the_checked_in_document()
    {
        await using var service = new ServiceUnderTest<TProgram>();
        var running = JsonNode.Parse(await service.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") document.Write(running);
        var checkedIn = document.Read()
            ?? throw new InvalidOperationException($"{document.RelativePath} is missing. {Regenerate}");

        var breaks = BreakingChanges.Between(checkedIn, running);
        Assert.True(breaks.Count == 0, $"The running API breaks partners built on {document.RelativePath}:\n"
            + string.Join("\n", breaks) + $"\n{Regenerate}, and say in the change that it breaks them.");
        Assert.True(JsonNode.DeepEquals(checkedIn, running),
            $"The running API differs from {document.RelativePath}. {Regenerate}");
    }

    [Fact]
    public void The_checked_in_document_has_no_spectral_finding()
    {
        var findings = SpectralLint.Findings(document);

        Assert.True(findings.Count == 0, $"spectral:oas on {document.RelativePath}:\n" + string.Join("\n", findings));
    }
}
