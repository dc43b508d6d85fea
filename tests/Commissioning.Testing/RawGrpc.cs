using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Commissioning.Testing;

/// <summary>
/// gRPC calls made by hand over h2c, for bodies the generated clients cannot send (malformed or cut-short
/// frames): a frame is a compression flag, a 4-byte big-endian length and the message.
/// </summary>
public static class RawGrpc
{
    /// <summary>How a call ended: the HTTP status, grpc-status (null if none), grpc-message and the details.</summary>
    public sealed record Answer(HttpStatusCode Http, string? Status, string Message, byte[] Details);

    /// <summary>An uncompressed frame of <paramref name="message"/>, declaring <paramref name="declared"/>.</summary>
    public static byte[] Frame(byte[] message, int? declared = null)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(declared ?? message.Length));
        message.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> ("/package.Service/Method").</summary>
    public static async Task<Answer> Call(HttpClient http, string path, byte[] body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/grpc") } },
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token), TE = { new("trailers") } },
        };
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var details = Said(response, "grpc-status-details-bin");
        return new Answer(response.StatusCode, Said(response, "grpc-status"),
            Uri.UnescapeDataString(Said(response, "grpc-message") ?? ""),
            details is null ? [] : Convert.FromBase64String(Padded(details)));
    }

    /// <summary>A header, or the trailer of that name (a trailers-only answer has the status in its headers).</summary>
    private static string? Said(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.TrailingHeaders.TryGetValues(name, out values)
            ? values.First()
            : null;

    /// <summary>gRPC's binary headers are base64 without padding.</summary>
    private static string Padded(string base64) => base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
}
