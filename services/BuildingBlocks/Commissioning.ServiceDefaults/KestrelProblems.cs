using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Gives Kestrel's own HTTP/1.1 refusals a problem body. Kestrel answers a request it cannot parse (a
/// <c>%00</c> in the path, a malformed request line, headers over the limit: 400, 414, 431, 505) itself,
/// with <c>Content-Length: 0</c> and <c>Connection: close</c>, before any middleware runs. A connection
/// middleware passes the connection's response bytes through and, where a block of bytes is such a
/// response's whole head, writes the same head with a problem body (title, status, detail) instead.
/// <para>
/// Cost: one small object per connection, and per block Kestrel writes a comparison of its first bytes
/// with <c>HTTP/1.1 4</c> or <c>HTTP/1.1 5</c>; nothing is copied or buffered unless a refusal is
/// rewritten. Responses the app writes are untouched: they have a body, or they keep the connection open.
/// HTTP/2-only listeners are left alone (Kestrel refuses there with frames, not responses).
/// </para>
/// <para>
/// A response to HEAD carries no body (RFC 9110 section 9.3.2), so a refusal of a HEAD request gets the problem's
/// headers only. Kestrel's refusal does not say the method, so the connection's input notes it: each block Kestrel
/// reads that starts as a request line (an upper-case token and a space) says whether the request it starts is a
/// HEAD; a request line too malformed to show its method leaves the last one noted.
/// </para>
/// </summary>
internal static class KestrelProblems
{
    public static void UseKestrelProblems(this ListenOptions listen) => listen.Use(next => connection =>
    {
        if ((listen.Protocols & HttpProtocols.Http1) != 0)
            connection.Transport = new ProblemTransport(connection.Transport, new RequestMethod());
        return next(connection);
    });

    private sealed class ProblemTransport(IDuplexPipe inner, RequestMethod method) : IDuplexPipe
    {
        public PipeReader Input { get; } = new MethodNotingReader(inner.Input, method);
        public PipeWriter Output { get; } = new ProblemWriter(inner.Output, method);
    }

    /// <summary>Whether the request Kestrel last started reading on the connection is a HEAD.</summary>
    private sealed class RequestMethod
    {
        private static ReadOnlySpan<byte> HeadLine => "HEAD "u8;

        public bool IsHead { get; private set; }

        public void Note(in ReadOnlySequence<byte> buffer)
        {
            Span<byte> start = stackalloc byte[12];
            var length = (int)Math.Min(start.Length, buffer.Length);
            buffer.Slice(0, length).CopyTo(start);
            var space = start[..length].IndexOf((byte)' ');
            if (space > 0 && !start[..space].ContainsAnyExceptInRange((byte)'A', (byte)'Z'))
                IsHead = start.StartsWith(HeadLine);
        }
    }

    private sealed class MethodNotingReader(PipeReader inner, RequestMethod method) : PipeReader
    {
        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            method.Note(result.Buffer);
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result)) return false;
            method.Note(result.Buffer);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);
        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) =>
            inner.AdvanceTo(consumed, examined);
        public override void CancelPendingRead() => inner.CancelPendingRead();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }

    private sealed class ProblemWriter(PipeWriter inner, RequestMethod method) : PipeWriter
    {
        private Memory<byte> _given;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _given = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            var written = _given.Span[..Math.Min(bytes, _given.Length)];
            if (!BodilessRefusal.Is(written))
            {
                inner.Advance(bytes);
                return;
            }
            var head = written.ToArray();
            inner.Write(BodilessRefusal.WithProblem(head, method.IsHead));
        }

        public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source,
            CancellationToken cancellationToken = default) =>
            BodilessRefusal.Is(source.Span)
                ? inner.WriteAsync(BodilessRefusal.WithProblem(source.ToArray(), method.IsHead), cancellationToken)
                : inner.WriteAsync(source, cancellationToken);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
            inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}

/// <summary>Recognises Kestrel's bodiless refusal and rewrites it with a problem body.</summary>
internal static class BodilessRefusal
{
    private static ReadOnlySpan<byte> StatusLine => "HTTP/1.1 "u8;
    private static ReadOnlySpan<byte> NoBody => "\r\nContent-Length: 0\r\n"u8;
    private static ReadOnlySpan<byte> Closing => "\r\nConnection: close\r\n"u8;
    private static ReadOnlySpan<byte> EndOfHead => "\r\n\r\n"u8;

    /// <summary>Only the first bytes are compared unless the block starts as a refusal's status line.</summary>
    public static bool Is(ReadOnlySpan<byte> block) =>
        block.Length > StatusLine.Length + 3 && block.StartsWith(StatusLine)
        && block[StatusLine.Length] is (byte)'4' or (byte)'5'
        && block.EndsWith(EndOfHead) && block.IndexOf(NoBody) >= 0 && block.IndexOf(Closing) >= 0;

    /// <param name="headOnly">For a HEAD: the problem's headers, its length included, and no body.</param>
    public static byte[] WithProblem(byte[] head, bool headOnly)
    {
        var text = Encoding.ASCII.GetString(head);
        var status = int.Parse(text.AsSpan(StatusLine.Length, 3));
        var body = JsonSerializer.SerializeToUtf8Bytes(Problem(status));
        var headers = text.Replace("\r\nContent-Length: 0\r\n",
            $"\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n");
        return headOnly ? Encoding.ASCII.GetBytes(headers) : [.. Encoding.ASCII.GetBytes(headers), .. body];
    }

    private static Dictionary<string, object> Problem(int status)
    {
        var (title, detail) = Said(status);
        return new() { ["title"] = title, ["status"] = status, ["detail"] = detail };
    }

    private static (string Title, string Detail) Said(int status) => status switch
    {
        400 => ("The request could not be read.",
            "The request line or a header is malformed, or the path holds a character no path may hold (such as %00)."),
        408 => ("The request took too long to arrive.", "The request's headers or body did not arrive in time."),
        413 => ("The request body is too large.", "The request body is over the size this service takes."),
        414 => ("The request target is too long.", "The request line is over the length this service takes."),
        431 => ("The request headers are too large.",
            "The request's headers are more, or longer, than this service takes."),
        505 => ("The HTTP version is not supported.", "Send the request as HTTP/1.1 or HTTP/2."),
        _ => ("The request could not be served.", $"The server refused the request with status {status}."),
    };
}
