using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;

namespace DemoData;

public sealed class DemoDataException(string message) : Exception(message);

/// <summary>Sends JSON to the gateway and stops at the first refusal, showing the problem the API returned.</summary>
public sealed class DemoClient(Uri gateway, string token)
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = gateway,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public Uri Gateway => gateway;

    /// <summary>Posts as the loader, or as another partner's user when <paramref name="asToken"/> is given.</summary>
    public Task<JsonElement> Post(string path, object body, string? asToken = null) => Send(HttpMethod.Post, path, body, asToken);

    public Task<JsonElement> Put(string path, object body, string? asToken = null) => Send(HttpMethod.Put, path, body, asToken);

    private async Task<JsonElement> Send(HttpMethod method, string path, object body, string? asToken)
    {
        using var response = await SendOnceReachable(method, path, body, asToken);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new DemoDataException($"{method} {path} was refused with {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// The gateway answers 503 while no instance of a service is healthy yet (its health probes run every few
    /// seconds after the platform starts): the loader waits and asks again, for up to a minute. Each step carries
    /// the same Idempotency-Key every time, so a retry never adds anything twice.
    /// </summary>
    private async Task<HttpResponseMessage> SendOnceReachable(HttpMethod method, string path, object body, string? asToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            if (asToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", asToken);
            request.Headers.Add("Idempotency-Key", "demo-" + Convert.ToHexString(
                SHA256.HashData(Encoding.UTF8.GetBytes(path + JsonSerializer.Serialize(body))))[..32]);
            var response = await _http.SendAsync(request);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || attempt == 60) return response;
            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public static Guid Id(JsonElement created) => created.GetProperty("id").GetGuid();

    /// <summary>A development token for a user of one organisation; the services accept it only with the development signing key.</summary>
    public static string Token(string subject, string organisation, string kind, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest(subject, organisation, roles, OrganisationKind: kind));
}
