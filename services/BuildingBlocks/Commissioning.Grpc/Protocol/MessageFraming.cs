using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Pipelines;
using Google.Protobuf;

namespace Commissioning.Grpc;

/// <summary>
/// Length-prefixed messages: a compressed flag byte, a 4-byte big-endian length, then the
/// protobuf bytes. Shared by the server (request body) and the client (response body).
/// </summary>
internal static class MessageFraming
{
    public const int HeaderLength = 5;

    public static byte[] Frame(IMessage message)
    {
        var size = message.CalculateSize();
        var frame = new byte[HeaderLength + size];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)size);
        message.WriteTo(frame.AsSpan(HeaderLength));
        return frame;
    }

    public static void Write(IBufferWriter<byte> writer, IMessage message, int maxSize)
    {
        var size = message.CalculateSize();
        if (size > maxSize)
            throw new GrpcCallException(GrpcStatusCode.ResourceExhausted, $"Sending message exceeds the maximum configured message size ({size} > {maxSize}).");
        var span = writer.GetSpan(HeaderLength + size);
        span[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)size);
        message.WriteTo(span.Slice(HeaderLength, size));
        writer.Advance(HeaderLength + size);
    }

    /// <summary>
    /// Reads the next message, or null at a clean end of stream. A truncated frame is INTERNAL, a
    /// frame over <paramref name="maxSize"/> is RESOURCE_EXHAUSTED (refused before it is buffered),
    /// a compressed frame is decoded only when <paramref name="encoding"/> is gzip.
    /// </summary>
    public static async ValueTask<T?> Read<T>(PipeReader reader, MessageParser<T> parser, int maxSize, string? encoding,
        CancellationToken cancellationToken) where T : class, IMessage<T>
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryReadFrame(ref buffer, maxSize, out var compressed, out var payload))
            {
                try { return Parse(parser, payload, compressed, encoding, maxSize); }
                finally { reader.AdvanceTo(buffer.Start); }
            }
            if (result.IsCompleted)
            {
                var leftover = buffer.Length;
                reader.AdvanceTo(buffer.End);
                if (leftover == 0) return null;
                throw new GrpcCallException(GrpcStatusCode.Internal, "Incomplete message: the stream ended inside a frame.");
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, int maxSize, out bool compressed,
        out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < HeaderLength) return false;
        Span<byte> header = stackalloc byte[HeaderLength];
        buffer.Slice(0, HeaderLength).CopyTo(header);
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (header[0] > 1) throw new GrpcCallException(GrpcStatusCode.Internal, $"Invalid compressed flag {header[0]}.");
        if (length > maxSize)
            throw new GrpcCallException(GrpcStatusCode.ResourceExhausted,
                $"Received message exceeds the maximum configured message size ({length} > {maxSize}).");
        if (buffer.Length < HeaderLength + length) return false;
        compressed = header[0] == 1;
        payload = buffer.Slice(HeaderLength, length);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    private static T Parse<T>(MessageParser<T> parser, ReadOnlySequence<byte> payload, bool compressed, string? encoding, int maxSize)
        where T : class, IMessage<T>
    {
        try
        {
            if (!compressed) return parser.ParseFrom(payload);
            if (GrpcProtocol.IsIdentity(encoding))
                throw new GrpcCallException(GrpcStatusCode.Internal, "A compressed message arrived without a grpc-encoding.");
            return parser.ParseFrom(Gunzip(payload, maxSize));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            throw new GrpcCallException(GrpcStatusCode.Internal, $"The message is not a valid {typeof(T).Name}: {e.Message}");
        }
    }

    private static byte[] Gunzip(ReadOnlySequence<byte> payload, int maxSize)
    {
        using var gzip = new GZipStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = gzip.Read(chunk)) > 0)
        {
            output.Write(chunk, 0, read);
            if (output.Length > maxSize)
                throw new GrpcCallException(GrpcStatusCode.ResourceExhausted, "Decompressed message exceeds the maximum configured message size.");
        }
        return output.ToArray();
    }
}
