using System.Text.Json;
using DemoData;
using Xunit;

namespace Commissioning.Testing;

/// <summary>The demo's <see cref="CarePathway"/> for tests, with the assertion the care tests share.</summary>
public sealed class CareJourney(Func<HttpClient> newClient, Guid fundId, Guid budgetLineId) : CarePathway(newClient, fundId, budgetLineId)
{
    /// <summary>
    /// The problem's errors must name <paramref name="field"/>, and its type the <paramref name="rule"/> broken when
    /// one is given.
    /// </summary>
    public static async Task AssertProblemNames(HttpResponseMessage response, System.Net.HttpStatusCode status,
        string field, Commissioning.Domain.Rule? rule = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), text);
        if (rule is not null)
            Assert.True(problem.GetProperty("type").GetString()?.EndsWith(rule.ProblemType, StringComparison.Ordinal),
                text);
    }
}
