using Commissioning.Domain;
using Microsoft.Extensions.Options;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Receivers;

/// <summary>
/// The CloudEvents webhook validation request (CloudEvents HTTP Webhook §4.1): <c>OPTIONS</c> to the endpoint's
/// URL with <c>WebHook-Request-Origin</c>, on a client that follows no redirect and waits at most
/// <see cref="ReceiverOptions.HandshakeTimeout"/>. The answer's status and <c>WebHook-Allowed-Origin</c> are
/// what the domain judges; a receiver that does not answer at all is refused here, naming the URL.
/// </summary>
public sealed class ReceiverHandshake(IHttpClientFactory clients, IOptions<ReceiverOptions> options)
{
    public const string Client = "receivers";
    public const string RequestOrigin = "WebHook-Request-Origin";
    public const string AllowedOrigin = "WebHook-Allowed-Origin";

    public async Task<HandshakeAnswer> Ask(EndpointAddress address, CancellationToken cancellationToken)
    {
        var origin = options.Value.Origin;
        using var request = new HttpRequestMessage(HttpMethod.Options, address.Url);
        request.Headers.TryAddWithoutValidation(RequestOrigin, origin);
        try
        {
            using var response = await clients.CreateClient(Client)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var allowed = response.Headers.TryGetValues(AllowedOrigin, out var values) ? values.FirstOrDefault() : null;
            return new HandshakeAnswer((int)response.StatusCode, allowed, origin);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException
                                  && !cancellationToken.IsCancellationRequested)
        {
            throw EndpointRules.HandshakeAnswered.Broken("url",
                $"The receiver at '{address}' did not answer the CloudEvents "
                + $"handshake ({Reason(e)}); the endpoint is not activated.");
        }
    }

    private string Reason(Exception e) => e is TaskCanceledException
        ? $"no answer within {options.Value.HandshakeTimeout.TotalSeconds:0.#} s"
        : e is HttpRequestException refused ? CheckedConnections.Explain(refused) : e.Message;
}
