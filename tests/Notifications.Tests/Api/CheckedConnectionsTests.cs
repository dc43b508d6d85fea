using System.Net;
using Notifications.Api.Receivers;

namespace Notifications.Tests.Api;

/// <summary>
/// The sender's connections check the address they connect to, not only the one seen at registration (DNS
/// rebinding, issue 19 cap. 5): a host name that now resolves to loopback is refused before any byte is sent,
/// in the rule's words; with loopback allowed (local runs and tests) the same receiver is reached.
/// </summary>
public sealed class CheckedConnectionsTests : IAsyncLifetime
{
    private Receiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await Receiver.Start(Answer.Allows);

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task A_host_that_resolves_to_loopback_is_refused_at_connect_time_and_sent_nothing(string host)
    {
        using var client = new HttpClient(CheckedConnections.Handler(allowLoopback: false));
        var url = new UriBuilder(_receiver.Url) { Scheme = "https", Host = host }.Uri;

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.PostAsync(url, new StringContent("{}")));

        Assert.Contains("a loopback address", CheckedConnections.Explain(refused));
        Assert.Empty(_receiver.Posts);
    }

    [Fact]
    public async Task With_loopback_allowed_the_same_receiver_is_reached()
    {
        using var client = new HttpClient(CheckedConnections.Handler(allowLoopback: true));
        var url = new UriBuilder(_receiver.Url) { Host = "localhost" }.Uri;

        using var answer = await client.PostAsync(url, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Single(_receiver.Posts);
    }
}
