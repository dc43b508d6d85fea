using System.Text.Json.Nodes;
using Commissioning.Testing;

namespace Contracts.Tests.OpenApi;

/// <summary>
/// The contracts API partners see is the one checked in at services/Contracts/openapi.json: the
/// running service's /openapi/v1.json must equal it, and a breaking change fails with what breaks.
/// UPDATE_OPENAPI=1 rewrites the file from the running service instead (then review the diff).
/// </summary>
public sealed class ContractsDocumentTests
{
    public static readonly CheckedInDocument Contracts = new("services/Contracts/openapi.json");
    private const string Regenerate =
        "If the change is intended, regenerate it: "
        + "UPDATE_OPENAPI=1 dotnet test tests/Contracts.Tests --filter ContractsDocumentTests";

    [Fact]
    public async Task The_running_service_serves_the_checked_in_document()
    {
        await using var service = new ServiceUnderTest<Program>();
        var running = JsonNode.Parse(await service.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") Contracts.Write(running);
        var checkedIn = Contracts.Read()
            ?? throw new InvalidOperationException($"{Contracts.RelativePath} is missing. {Regenerate}");

        var breaks = BreakingChanges.Between(checkedIn, running);
        Assert.True(breaks.Count == 0, $"The running API breaks partners built on {Contracts.RelativePath}:\n"
            + string.Join("\n", breaks) + $"\n{Regenerate}, and say in the change that it breaks them.");
        Assert.True(JsonNode.DeepEquals(checkedIn, running),
            $"The running API differs from {Contracts.RelativePath}. {Regenerate}");
    }
}
