using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LocalSidecar;

/// <summary>How one delivery attempt ended, in daprd's terms.</summary>
public enum DeliveryResult { Success, Retry, Drop }

/// <summary>
/// The sidecar's HTTP channel to its app: subscription discovery (GET /dapr/subscribe) and delivery
/// (POST route, structured CloudEvent), with the app-response rules of daprd's HTTP subscriber:
/// 2xx with no/empty/SUCCESS status = success; RETRY or an unknown status = retry; DROP = drop;
/// 404 = drop with an error; any other status or no connection = retry.
/// </summary>
public sealed class AppChannel(HttpClient http, IOptions<SidecarOptions> options, ILogger<AppChannel> logger)
{
    private readonly Uri _app = new($"http://127.0.0.1:{options.Value.AppPort}");
    private readonly string? _appToken = options.Value.AppApiToken is { Length: > 0 } token ? token : null;

    /// <summary>Asks the app for its subscriptions until it answers; 404 means it has none.</summary>
    public async Task<IReadOnlyList<Subscription>> DiscoverAsync(string pubsub, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = Request(HttpMethod.Get, "/dapr/subscribe");
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.NotFound) return [];
                response.EnsureSuccessStatusCode();
                using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                return Subscription.Parse(json.RootElement, logger).Where(s => s.PubSubName == pubsub).ToList();
            }
            catch (HttpRequestException e)
            {
                if (attempt % 20 == 1) logger.LogInformation("Waiting for the app on {App}: {Error}", _app, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50 * attempt, 500)), cancellationToken);
            }
        }
    }

    public async Task<DeliveryResult> DeliverAsync(string route, byte[] cloudEvent, string? traceParent, string eventId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, route);
        request.Content = new ByteArrayContent(cloudEvent);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEvents.MediaType);
        if (traceParent is not null) request.Headers.TryAddWithoutValidation("traceparent", traceParent);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return FromStatus(body, eventId);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                logger.LogError("non-retriable error returned from app while processing pub/sub event {EventId}: {Body}. status code returned: 404", eventId, body);
                return DeliveryResult.Drop;
            }
            logger.LogWarning("retriable error returned from app while processing pub/sub event {EventId}: {Body}. status code returned: {Status}", eventId, body, (int)response.StatusCode);
            return DeliveryResult.Retry;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("error returned from app channel while sending pub/sub event {EventId} to app: {Error}", eventId, e.Message);
            return DeliveryResult.Retry;
        }
    }

    /// <summary>A call to the app, proving itself with the app token when one is configured (as daprd does).</summary>
    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(_app, path));
        if (_appToken is not null) request.Headers.Add("dapr-api-token", _appToken);
        return request;
    }

    private DeliveryResult FromStatus(string body, string eventId)
    {
        string? status;
        try
        {
            using var json = JsonDocument.Parse(body);
            status = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
        }
        catch (JsonException)
        {
            return DeliveryResult.Success; // empty or non-JSON 2xx body: daprd skips the status check
        }
        switch (status?.ToUpperInvariant())
        {
            case null or "" or "SUCCESS": return DeliveryResult.Success;
            case "DROP":
                logger.LogWarning("DROP status returned from app while processing pub/sub event {EventId}", eventId);
                return DeliveryResult.Drop;
            default:
                return DeliveryResult.Retry; // RETRY, and any status daprd does not know
        }
    }
}
