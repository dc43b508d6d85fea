namespace Gateway.Tests;

/// <summary>
/// A request body of <c>totalBytes</c> that stops after <c>gateAfter</c> bytes until <c>gate</c>
/// completes: a proxy that buffered the body before forwarding it would wait for ever.
/// </summary>
internal sealed class GatedStream(long totalBytes, long gateAfter, Task gate) : Stream
{
    private long _sent;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_sent >= gateAfter) await gate.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var count = (int)Math.Min(buffer.Length, totalBytes - _sent);
        if (_sent < gateAfter) count = (int)Math.Min(count, gateAfter - _sent);
        buffer.Span[..count].Fill((byte)'x');
        _sent += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => totalBytes;
    public override long Position { get => _sent; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
