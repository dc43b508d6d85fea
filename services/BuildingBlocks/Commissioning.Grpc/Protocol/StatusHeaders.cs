using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Rpc;

namespace Commissioning.Grpc;

/// <summary>
/// grpc-status, grpc-message (percent-encoded UTF-8) and grpc-status-details-bin (base64 of a
/// google.rpc.Status) as they travel in headers or trailers.
/// </summary>
internal static class StatusHeaders
{
    public static string EncodeMessage(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%') text.Append((char)b);
            else text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    public static string DecodeMessage(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || !encoded.Contains('%')) return encoded ?? "";
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length
                && byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else bytes.Add((byte)encoded[i]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Unpadded base64, as gRPC implementations send binary headers.</summary>
    public static string EncodeDetails(Status details) => Convert.ToBase64String(details.ToByteArray()).TrimEnd('=');

    public static Status? DecodeDetails(string? base64)
    {
        if (string.IsNullOrEmpty(base64)) return null;
        var padded = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        try { return Status.Parser.ParseFrom(Convert.FromBase64String(padded)); }
        catch (Exception e) when (e is FormatException or InvalidProtocolBufferException) { return null; }
    }
}
