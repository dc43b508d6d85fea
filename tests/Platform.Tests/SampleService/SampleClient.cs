using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;

namespace Platform.Tests.SampleService;

/// <summary>An HttpClient for the sample app, with a development token for the given roles.</summary>
public static class SampleClient
{
    public static HttpClient For(SampleApp app, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = app.Address };
        if (roles.Length > 0)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                DevelopmentTokens.Mint(new DevelopmentTokenRequest("alice", "E08000015", roles)));
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
