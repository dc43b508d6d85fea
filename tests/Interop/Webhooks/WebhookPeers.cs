using System.Text.Json;
using Interop.Tests.Grpc;

namespace Interop.Tests.Webhooks;

/// <summary>
/// The npm receivers of node/webhooks: receiver.mjs verifies one delivery with `standardwebhooks` and `svix` for
/// each secret given and parses it with the `cloudevents` SDK; asyncapi.mjs validates a document with
/// `@asyncapi/parser`. Each is given a file (the delivery, the document) and prints one JSON answer.
/// </summary>
public static class WebhookPeers
{
    private static string Script(string name) => Path.Combine(NodePeers.NodeDirectory, "webhooks", name);

    /// <summary>What receivers holding each of <paramref name="secrets"/> make of <paramref name="delivery"/>.
    /// </summary>
    public static async Task<JsonElement> Receive(Delivered delivery, params string[] secrets)
    {
        var file = Path.Combine(Path.GetTempPath(), $"delivery-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            headers = delivery.Headers, body = delivery.Body, secrets,
        }));
        try { return await Run("receiver.mjs", file); }
        finally { File.Delete(file); }
    }

    /// <summary>The parser's verdict on an AsyncAPI document: valid, counts by severity, diagnostics, ids.</summary>
    public static async Task<JsonElement> ParseAsyncApi(string document)
    {
        var file = Path.Combine(Path.GetTempPath(), $"asyncapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try { return await Run("asyncapi.mjs", file); }
        finally { File.Delete(file); }
    }

    private static async Task<JsonElement> Run(string script, string file)
    {
        var result = await NodePeers.Run("node", Script(script), file);
        var line = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"{script} printed nothing: {result}");
        return JsonDocument.Parse(line).RootElement.Clone();
    }
}

/// <summary>One POST as a receiver got it: the headers it verifies on and the body exactly as sent.</summary>
public sealed record Delivered(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public Delivered WithBody(string body) => this with { Body = body };
}
