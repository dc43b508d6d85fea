using Yarp.ReverseProxy.Model;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// The gateway's own requests to a backend (readiness, OpenAPI documents), sent as YARP sends the
/// partners' ones: through the cluster's HttpClient, at its configured HTTP version and policy, so
/// that an h2c gRPC port is asked over HTTP/2 with prior knowledge.
/// </summary>
internal static class ClusterRequests
{
    public static async Task<HttpResponseMessage> Get(ClusterState cluster, DestinationState destination, string path,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var config = cluster.Model.Config.HttpRequest;
        var address = new Uri(new Uri(destination.Model.Config.Address), path);
        using var request = new HttpRequestMessage(HttpMethod.Get, address)
        {
            Version = config?.Version ?? System.Net.HttpVersion.Version20,
            VersionPolicy = config?.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var response = await cluster.Model.HttpClient.SendAsync(request, deadline.Token);
        await response.Content.LoadIntoBufferAsync(deadline.Token);
        return response;
    }
}
