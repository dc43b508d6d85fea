using System.Net;
using System.Text.Json;
using Xunit;

namespace Commissioning.Testing;

/// <summary>Reading a service's answers in a test: the JSON of a success, or a refusal's RFC 9457 problem.</summary>
public static class Answers
{
    /// <summary>The JSON of a successful answer; any other answer fails with its status and body.</summary>
    public static async Task<JsonElement> Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts the refusal's status and, when given, that its problem names <paramref name="field"/>.
    /// </summary>
    public static async Task<JsonElement> Refused(Task<HttpResponseMessage> sending, HttpStatusCode status,
        string? field = null)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), text);
        return problem;
    }
}
