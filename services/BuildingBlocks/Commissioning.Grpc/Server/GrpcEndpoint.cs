using Commissioning.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commissioning.Grpc;

/// <summary>
/// The request pipeline of one method: protocol checks, authentication and roles, the deadline,
/// the handler, and the status. Whatever happens the call ends with a status; nothing the peer
/// sends can leave a stream hanging or leak a stack trace.
/// </summary>
internal sealed class GrpcEndpoint(GrpcMethod method, GrpcServerOptions options, IHostApplicationLifetime lifetime, ILogger logger)
{
    public async Task Handle(HttpContext http)
    {
        if (!GrpcProtocol.IsSupportedContentType(http.Request.ContentType))
        {
            RejectContentType(http);
            return;
        }
        // Per-message limits apply instead: a long stream may carry more than Kestrel's body limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = null;
        http.Response.ContentType = GrpcProtocol.ContentType;

        // One source for both ends of a call: the caller going away, and the deadline passing.
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var timeout = GrpcTimeout.TryParse(http.Request.Headers[GrpcProtocol.Timeout], out var t) ? t : (TimeSpan?)null;
        if (timeout is { } after) cancellation.CancelAfter(after);
        var context = new GrpcCallContext(http, method.Path, DateTimeOffset.UtcNow + timeout, cancellation.Token);
        var call = new ServerCall(http, options, context);
        try
        {
            await Admit(http);
            await method.Invoke(call).WaitAsync(cancellation.Token);
            if (!call.Finish()) throw new OperationCanceledException();
            StatusWriter.Write(http.Response, call.MessageWritten, GrpcStatusCode.OK, null);
        }
        catch (Exception e) when (http.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug(e, "{Method}: the caller cancelled.", method.Path);
        }
        catch (Exception e)
        {
            var error = ToStatus(e, deadlineExceeded: cancellation.IsCancellationRequested);
            if (call.Finish()) StatusWriter.Write(http.Response, call.MessageWritten, error);
            else http.Abort();
        }
    }

    private async Task Admit(HttpContext http)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
            throw new GrpcCallException(GrpcStatusCode.Unavailable, "The service is shutting down.");
        var encoding = http.Request.Headers[GrpcProtocol.Encoding].ToString();
        if (!GrpcProtocol.IsIdentity(encoding) && encoding != "gzip")
        {
            http.Response.Headers[GrpcProtocol.AcceptEncoding] = GrpcProtocol.SupportedEncodings;
            throw new GrpcCallException(GrpcStatusCode.Unimplemented, $"Unsupported grpc-encoding '{encoding}'.");
        }
        if (method.AllowsAnonymous) return;
        var result = await http.AuthenticateAsync();
        if (!result.Succeeded)
            throw new GrpcCallException(GrpcStatusCode.Unauthenticated, "A valid bearer token is required.");
        http.User = result.Principal;
        if (method.Roles.Count > 0 && !method.Roles.Any(http.User.IsInRole))
            throw new GrpcCallException(GrpcStatusCode.PermissionDenied,
                $"{method.Path} needs one of the roles: {string.Join(", ", method.Roles)}.");
    }

    private GrpcCallException ToStatus(Exception e, bool deadlineExceeded)
    {
        if (deadlineExceeded) return new GrpcCallException(GrpcStatusCode.DeadlineExceeded, "The deadline passed before the call completed.");
        switch (e)
        {
            case GrpcCallException error: return error;
            case RuleViolation violation: return RuleViolationStatus.ToException(violation);
            default:
                logger.LogError(e, "{Method} failed.", method.Path);
                return new GrpcCallException(GrpcStatusCode.Internal, "The service failed to handle the call.");
        }
    }

    /// <summary>PROTOCOL-HTTP2.md: a server SHOULD answer 415 so a non-gRPC client never reads the error as success.</summary>
    internal static void RejectContentType(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        http.Response.ContentType = GrpcProtocol.ContentType;
        StatusWriter.Write(http.Response, messageWritten: false, GrpcStatusCode.Internal,
            $"Content-Type '{http.Request.ContentType}' is not supported; use application/grpc or application/grpc+proto.");
    }
}
