using System.Text.Json.Nodes;

namespace Deployment.Tests.Support;

public static class Manifest
{
    public static string NameOf(JsonObject manifest) => (string?)manifest["metadata"]?["name"] ?? "";
}
