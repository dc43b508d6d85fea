using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Grpc.Tests;

/// <summary>
/// Hand-made HTTP/2 requests for the wire tests: any bytes, any headers, so malformed input can be
/// sent that a well-behaved client never would.
/// </summary>
public sealed class RawGrpc(Uri address) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(30) };

    public static byte[] Frame(IMessage message, byte flag = 0) => Frame(message.ToByteArray(), flag);

    public static byte[] Frame(byte[] payload, byte flag = 0, int? declaredLength = null)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(declaredLength ?? payload.Length));
        payload.CopyTo(frame, 5);
        return frame;
    }

    public async Task<RawResponse> Post(string path, byte[] body, string contentType = "application/grpc",
        IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TE.ParseAdd("trailers");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await _http.SendAsync(request);
        var content = await response.Content.ReadAsByteArrayAsync();
        return new RawResponse(response.StatusCode, Collect(response.Headers), Collect(response.TrailingHeaders), content);
    }

    private static Dictionary<string, string> Collect(HttpHeaders headers) =>
        headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);

    public void Dispose() => _http.Dispose();
}

public sealed record RawResponse(HttpStatusCode HttpStatus, Dictionary<string, string> Headers, Dictionary<string, string> Trailers, byte[] Body)
{
    /// <summary>grpc-status from the trailers, or from the headers of a Trailers-Only response.</summary>
    public int? GrpcStatus => Value("grpc-status") is { } s ? int.Parse(s) : null;

    public string? GrpcMessage => Value("grpc-message");

    public string? Value(string name) =>
        Trailers.TryGetValue(name, out var t) ? t : Headers.TryGetValue(name, out var h) ? h : null;

    /// <summary>The length-prefixed messages of the body.</summary>
    public IReadOnlyList<byte[]> Messages()
    {
        var messages = new List<byte[]>();
        for (var offset = 0; offset + 5 <= Body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(Body.AsSpan(offset + 1));
            messages.Add(Body.AsSpan(offset + 5, length).ToArray());
            offset += 5 + length;
        }
        return messages;
    }
}
