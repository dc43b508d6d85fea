using Commissioning.Gateway.Routing;
using Commissioning.ServiceDefaults;
using Polly.CircuitBreaker;

namespace Commissioning.Gateway.Forwarding;

/// <summary>
/// Sends one caller's request to its route's backend and streams the answer back. The answer
/// timeout covers the wait for the backend's response headers (a long gRPC stream may then run as
/// long as the caller stays). A caller who goes away cancels the backend request.
/// </summary>
public sealed class Forwarder(Clusters clusters, ILogger<Forwarder> logger)
{
    public async Task Forward(HttpContext context, ProxyTarget target)
    {
        var cluster = target.Cluster;
        using var headersDeadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        headersDeadline.CancelAfter(cluster.Timeout);
        using var request = RequestCopy.Build(context, target, cluster.NextDestination());
        HttpResponseMessage response;
        try
        {
            response = await cluster.Breaker.ExecuteAsync(
                async token => await clusters.Invoker.SendAsync(request, token), headersDeadline.Token);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The caller went away; the backend request is cancelled with it.
        }
        catch (OperationCanceledException)
        {
            await Refuse(context, target, 504, "The service did not answer in time.", GrpcDeadlineExceeded);
            return;
        }
        catch (BrokenCircuitException)
        {
            await Refuse(context, target, 503, "The service is failing; calls are paused for a moment.", GrpcUnavailable);
            return;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Cluster {Cluster} unreachable for route {Route}: {Error}", cluster.Id, target.RouteId, e.Message);
            await Refuse(context, target, 502, "The service cannot be reached.", GrpcUnavailable);
            return;
        }
        using (response)
        {
            try
            {
                await ResponseCopy.Write(context, response, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The caller went away mid-answer; disposing the response aborts the backend stream.
            }
        }
    }

    private const int GrpcUnavailable = 14;
    private const int GrpcDeadlineExceeded = 4;

    /// <summary>REST callers get a problem; gRPC callers get a trailers-only answer with the matching status.</summary>
    private static async Task Refuse(HttpContext context, ProxyTarget target, int status, string detail, int grpcStatus)
    {
        if (context.Response.HasStarted) return;
        if (target.Route.Grpc)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = grpcStatus.ToString();
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
            return;
        }
        await Problems.Write(context, status, status switch
        {
            502 => "Bad gateway.",
            503 => "Service unavailable.",
            _ => "Gateway timeout.",
        }, detail);
    }
}
