using System.Text.Json;
using DemoData;
using Xunit;

namespace Commissioning.Testing;

/// <summary>The demo's <see cref="CarePathway"/> for tests, with the assertion the care tests share.</summary>
public sealed class CareJourney(Func<HttpClient> newClient, Guid fundId, Guid budgetLineId) : CarePathway(newClient, fundId, budgetLineId)
{
    /// <summary>The problem's errors must name <paramref name="field"/>.</summary>
    public static async Task AssertProblemNames(HttpResponseMessage response, System.Net.HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }
}
