using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Commissioning.Testing;

/// <summary>
/// Requests Kestrel refuses itself, before any middleware, sent as raw HTTP/1.1 bytes (HttpClient would
/// refuse to send most of them), and the check that each refusal is an RFC 9457 problem.
/// </summary>
public static class KestrelRefusals
{
    /// <summary>Name, raw request, the status Kestrel gives it.</summary>
    public static IEnumerable<object[]> Cases() =>
    [
        ["a %00 in the path", "GET /api/v1/funds/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400],
        ["a malformed request line", "GET\r\nHost: localhost\r\n\r\n", 400],
        ["a header without a colon", "GET / HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n", 400],
        ["headers over the limit",
            $"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('x', 40_000)}\r\n\r\n", 431],
        ["a request line over 64 KiB", $"GET /{new string('x', 70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414],
        ["an unknown HTTP version", "GET / HTTP/1.7\r\nHost: localhost\r\n\r\n", 505],
    ];

    /// <summary>
    /// HEAD requests refused by Kestrel (a %00 in the path) and by the app (no token on
    /// <paramref name="protectedPath"/>, with Connection: close so that the server ends the connection after it).
    /// </summary>
    public static IEnumerable<object[]> HeadCases(string protectedPath) =>
    [
        ["a %00 in a HEAD's path", "HEAD /api/v1/funds/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400],
        ["a HEAD without a token",
            $"HEAD {protectedPath} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 401],
    ];

    /// <summary>A HEAD the app answers and keeps the connection for, then a request Kestrel refuses.</summary>
    public static string RefusalAfterHead(string path) =>
        $"HEAD {path} HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/v1/funds/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n";

    /// <summary>The answer to a HEAD: the status and a problem's headers, and not one byte of body.</summary>
    public static async Task AssertHeadOnly(Uri server, string request, int status)
    {
        var answer = await Send(server, request);
        var (head, body) = Split(answer);
        Assert.StartsWith($"HTTP/1.1 {status} ", head);
        Assert.Contains("\r\nContent-Type: application/problem+json", head);
        Assert.True(body.Length == 0, $"a HEAD's answer has {body.Length} bytes of body: {body}");
    }

    /// <summary>Sends the raw request and asserts the answer is a problem with the given status.</summary>
    public static async Task AssertProblem(Uri server, string request, int status)
    {
        var (head, body) = Split(await Send(server, request));
        Assert.StartsWith($"HTTP/1.1 {status} ", head);
        Assert.Contains("\r\nContent-Type: application/problem+json", head);
        Assert.Contains($"\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}", head);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()), body);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), body);
        Assert.DoesNotContain("Commissioning.", body);
        Assert.DoesNotContain("System.", body);
        Assert.DoesNotContain("Microsoft.", body);
    }

    /// <summary>The first response's head and what follows it (the rest of what was read).</summary>
    public static (string Head, string Body) Split(string answer)
    {
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"no response head: {answer}");
        return (answer[..split], answer[(split + 4)..]);
    }

    /// <summary>Writes the bytes and reads until the server closes (every refusal closes the connection).</summary>
    public static async Task<string> Send(Uri server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may answer and close before it has read all of an oversized request.
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer: what was read before it is the answer.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
