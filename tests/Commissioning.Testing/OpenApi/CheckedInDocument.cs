using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>A service's OpenAPI document as checked into the repository, beside the service's projects.</summary>
public sealed record CheckedInDocument(string RelativePath)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Root { get; } = FindRoot();

    public string FullPath => Path.Combine(Root, RelativePath);

    public JsonObject? Read() => File.Exists(FullPath) ? JsonNode.Parse(File.ReadAllText(FullPath))!.AsObject() : null;

    public void Write(JsonObject document) => File.WriteAllText(FullPath, document.ToJsonString(Indented) + "\n");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Commissioning.sln"))) return directory.FullName;
        throw new InvalidOperationException("No repository root (Commissioning.sln) above the test binaries.");
    }
}
