using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Polly.CircuitBreaker;
using IdempotencyLevel = Google.Protobuf.Reflection.MethodOptions.Types.IdempotencyLevel;

namespace Commissioning.Grpc;

/// <summary>
/// Calls to one target over the process's shared HTTP/2 connection pool: a deadline on every call
/// (sent as grpc-timeout, shrinking across retries), the caller's token and trace context
/// forwarded, retry for idempotent methods only, and the target's circuit breaker.
/// </summary>
public sealed class GrpcChannel
{
    private static readonly MediaTypeHeaderValue ContentType = new(GrpcProtocol.ContentType);
    private readonly HttpMessageInvoker _http;
    private readonly TargetResilience _resilience;
    private readonly CallerPropagation _propagation;
    private readonly GrpcClientOptions _options;
    private readonly string _base;

    internal GrpcChannel(GrpcClientOptions options, HttpMessageInvoker http, TargetResilience resilience, CallerPropagation propagation)
    {
        Address = options.Address ?? throw new InvalidOperationException("A gRPC client needs an Address.");
        _base = Address.ToString().TrimEnd('/');
        _options = options;
        _http = http;
        _resilience = resilience;
        _propagation = propagation;
    }

    public Uri Address { get; }

    public async Task<TResponse> Unary<TRequest, TResponse>(MethodDescriptor method, TRequest request, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new()
    {
        options ??= new GrpcCallOptions();
        using var deadline = new CallDeadline(options.Deadline ?? _options.DefaultDeadline, options.CancellationToken);
        var pipeline = IsIdempotent(method) ? _resilience.Retrying : _resilience.Breaking;
        try
        {
            return await pipeline.ExecuteAsync(
                async token => await Attempt<TResponse>(method, request, options, deadline, token), deadline.Token);
        }
        catch (BrokenCircuitException)
        {
            throw new GrpcCallException(GrpcStatusCode.Unavailable, $"The circuit to {Address} is open after repeated failures.");
        }
        catch (Exception e) when (e is not GrpcCallException)
        {
            throw deadline.Translate(e, Address);
        }
    }

    /// <summary>Server streaming. Not retried (messages may already have been consumed); refused at once while the circuit is open.</summary>
    public async IAsyncEnumerable<TResponse> ServerStreaming<TRequest, TResponse>(MethodDescriptor method, TRequest request,
        GrpcCallOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new()
    {
        options ??= new GrpcCallOptions();
        if (_resilience.IsOpen()) throw new GrpcCallException(GrpcStatusCode.Unavailable, $"The circuit to {Address} is open after repeated failures.");
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, cancellationToken);
        using var deadline = new CallDeadline(options.Deadline ?? _options.DefaultDeadline, linked.Token);
        using var response = await Guard(() => Send(method, request, options, deadline, deadline.Token), deadline);
        if (response is null) yield break;
        var reader = PipeReader.Create(await Guard(() => response.Content.ReadAsStreamAsync(deadline.Token), deadline));
        var encoding = response.Headers.TryGetValues(GrpcProtocol.Encoding, out var e) ? e.FirstOrDefault() : null;
        while (await Guard(() => MessageFraming.Read(reader, MessageParsers<TResponse>.Instance, _options.MaxReceiveMessageSize, encoding,
                   deadline.Token).AsTask(), deadline) is { } message)
            yield return message;
        var status = ResponseStatus.FromTrailers(response);
        if (status.StatusCode != GrpcStatusCode.OK) throw status;
    }

    private async Task<TResponse> Attempt<TResponse>(MethodDescriptor method, IMessage request, GrpcCallOptions options,
        CallDeadline deadline, CancellationToken token) where TResponse : class, IMessage<TResponse>, new()
    {
        try
        {
            using var response = await Send(method, request, options, deadline, token)
                ?? throw new GrpcCallException(GrpcStatusCode.Internal, "The server sent no response message.");
            var reader = PipeReader.Create(await response.Content.ReadAsStreamAsync(token));
            var encoding = response.Headers.TryGetValues(GrpcProtocol.Encoding, out var e) ? e.FirstOrDefault() : null;
            var parser = MessageParsers<TResponse>.Instance;
            var message = await MessageFraming.Read(reader, parser, _options.MaxReceiveMessageSize, encoding, token);
            if (message is not null && await MessageFraming.Read(reader, parser, _options.MaxReceiveMessageSize, encoding, token) is not null)
                throw new GrpcCallException(GrpcStatusCode.Internal, "The server sent more than one message for a unary call.");
            var status = ResponseStatus.FromTrailers(response);
            if (status.StatusCode != GrpcStatusCode.OK) throw status;
            return message ?? throw new GrpcCallException(GrpcStatusCode.Internal, "The server sent no response message.");
        }
        catch (Exception e) when (e is not GrpcCallException)
        {
            throw deadline.Translate(e, Address);
        }
    }

    /// <summary>
    /// Sends the request and returns the response once its headers say messages follow; null for a
    /// Trailers-Only OK (no messages), an exception for a Trailers-Only error.
    /// </summary>
    private async Task<HttpResponseMessage?> Send(MethodDescriptor method, IMessage message, GrpcCallOptions options,
        CallDeadline deadline, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_base}/{method.Service.FullName}/{method.Name}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(MessageFraming.Frame(message)),
        };
        request.Content.Headers.ContentType = ContentType;
        request.Headers.TE.ParseAdd("trailers");
        request.Headers.TryAddWithoutValidation(GrpcProtocol.Timeout, GrpcTimeout.Format(deadline.Remaining));
        request.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncoding, GrpcProtocol.SupportedEncodings);
        _propagation.Apply(request, options);
        var response = await _http.SendAsync(request, token);
        if (ResponseStatus.FromHeaders(response) is { } status)
        {
            response.Dispose();
            if (status.StatusCode != GrpcStatusCode.OK) throw status;
            return null;
        }
        return response;
    }

    private async Task<T> Guard<T>(Func<Task<T>> step, CallDeadline deadline)
    {
        try { return await step(); }
        catch (Exception e) when (e is not GrpcCallException) { throw deadline.Translate(e, Address); }
    }

    /// <summary>Read from the contract once per method: GetOptions() copies the options on every call.</summary>
    private static bool IsIdempotent(MethodDescriptor method) => Idempotency.GetOrAdd(method,
        m => m.GetOptions()?.IdempotencyLevel is IdempotencyLevel.NoSideEffects or IdempotencyLevel.Idempotent);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodDescriptor, bool> Idempotency = new();
}
