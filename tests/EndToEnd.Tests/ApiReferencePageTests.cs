using System.Net;
using System.Text.Json;
using Commissioning.Testing;
using Xunit;

namespace EndToEnd.Tests;

/// <summary>
/// The API reference page at the gateway's /docs, opened in a real browser (Debian's Chromium driven
/// headless by playwright-core): it loads with no token and lists every operation of the merged OpenAPI
/// document, which holds the operations of every service.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiReferencePageTests(LocalPlatform platform)
{
    private static readonly string NodeFolder = Path.Combine(LocalPlatform.Root, "tests/Interop/node");
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task The_reference_page_lists_every_operation_of_every_service_without_a_token()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway };
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var documented = Operations(document).ToHashSet();
        Assert.Contains("GET /api/v1/partnerships", documented);
        Assert.Contains(documented, o => o.StartsWith("POST /api/v1/contracts", StringComparison.Ordinal));
        Assert.Contains(documented, o => o.StartsWith("POST /api/v1/placement-requests", StringComparison.Ordinal));

        var page = JsonDocument.Parse(Tool.Run("node", Path.Combine(NodeFolder, "browser/api-reference.mjs"),
            new Uri(platform.Gateway, "/docs").ToString())).RootElement;

        Assert.Equal("Commissioning API", page.GetProperty("title").GetString());
        Assert.Empty(page.GetProperty("failed").EnumerateArray());
        var listed = page.GetProperty("operations").EnumerateArray().Select(o => o.GetString()!).ToHashSet();
        Assert.Empty(documented.Except(listed));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/docs/scalar.js")).StatusCode);
    }

    private static IEnumerable<string> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select $"{operation.Name.ToUpperInvariant()} {path.Name}";
}
