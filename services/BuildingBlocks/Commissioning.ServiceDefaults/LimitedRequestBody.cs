namespace Commissioning.ServiceDefaults;

/// <summary>
/// A request body read through until it passes <paramref name="limit"/> bytes; then the read fails with what
/// <paramref name="over"/> makes (for a REST body a 413 <see cref="BadHttpRequestException"/>, as Kestrel's own
/// would be, but without condemning the connection, so the rest of the body can be drained).
/// </summary>
public sealed class LimitedRequestBody(Stream inner, long limit, Func<Exception> over) : Stream
{
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if ((_read += read) <= limit) return read;
        throw over();
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous reads are refused by Kestrel unless an app allows them; kept working for one that does.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
