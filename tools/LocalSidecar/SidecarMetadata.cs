namespace LocalSidecar;

/// <summary>The shape of daprd's GET /v1.0/metadata, limited to what this sidecar has.</summary>
public static class SidecarMetadata
{
    public static object Describe(SidecarOptions options, IReadOnlyList<Subscription> subscriptions) => new
    {
        id = options.AppId,
        runtimeVersion = "local-sidecar",
        enabledFeatures = Array.Empty<string>(),
        actors = Array.Empty<object>(),
        components = new[] { new { name = options.PubSubName, type = "pubsub.redis", version = "v1", capabilities = Array.Empty<string>() } },
        subscriptions = subscriptions.Select(s => new
        {
            pubsubname = s.PubSubName,
            topic = s.Topic,
            deadLetterTopic = s.DeadLetterTopic ?? "",
            metadata = new Dictionary<string, string>(),
            rules = s.Rules.Select(r => new { match = r.Match, path = r.Path })
                .Append(new { match = "", path = s.DefaultRoute ?? "" }).Where(r => r.path.Length > 0),
            type = "PROGRAMMATIC",
        }),
        extended = new Dictionary<string, string> { ["redisHost"] = options.RedisHost },
        appConnectionProperties = new { port = options.AppPort, protocol = "http", channelAddress = "127.0.0.1" },
    };
}
