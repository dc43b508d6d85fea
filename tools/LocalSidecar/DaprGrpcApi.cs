using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using StackExchange.Redis;
using Runtime = Dapr.Client.Autogen.Grpc.v1;

namespace LocalSidecar;

/// <summary>
/// The publish methods of daprd's gRPC API (dapr.proto.runtime.v1.Dapr), which DaprClient uses. Dapr.Protos
/// ships only the client stub, so the binding is declared here; every other method of the service answers
/// UNIMPLEMENTED (Grpc.AspNetCore does that for methods nobody bound). <see cref="Descriptor"/> lets the
/// reflection service describe the whole service, as daprd's does: DaprClient asks it before bulk publishing.
/// </summary>
[BindServiceMethod(typeof(DaprGrpcApi), nameof(BindService))]
public class DaprGrpcApi(TopicPublisher publisher)
{
    private const string Service = "dapr.proto.runtime.v1.Dapr";

    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => Runtime.Dapr.Descriptor;

    /// <summary>
    /// Called once with no instance when the endpoints are built: Grpc.AspNetCore then finds each handler
    /// as the public method of this class named after the gRPC method, and creates the class per call.
    /// </summary>
    public static void BindService(ServiceBinderBase binder, DaprGrpcApi? api)
    {
        binder.AddMethod(Unary<Runtime.PublishEventRequest, Empty>("PublishEvent"), api is null ? null : api.PublishEvent);
        binder.AddMethod(Unary<Runtime.BulkPublishRequest, Runtime.BulkPublishResponse>("BulkPublishEvent"),
            api is null ? null : api.BulkPublishEvent);
        binder.AddMethod(Unary<Runtime.BulkPublishRequest, Runtime.BulkPublishResponse>("BulkPublishEventAlpha1"),
            api is null ? null : api.BulkPublishEventAlpha1);
    }

    public virtual async Task<Empty> PublishEvent(Runtime.PublishEventRequest request, ServerCallContext context)
    {
        Found(request.PubsubName);
        try
        {
            await publisher.PublishAsync(request.Topic, request.Data.ToByteArray(), request.DataContentType,
                request.Metadata, Header(context, "traceparent"), Header(context, "tracestate"));
            return new Empty();
        }
        catch (JsonException e)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"error when unmarshalling the cloud event: {e.Message}"));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new RpcException(new Status(StatusCode.Internal,
                $"error when publish to topic {request.Topic} in pubsub {request.PubsubName}: {e.Message}"));
        }
    }

    /// <summary>Publishes every entry in order; the answer lists the entries that failed (none: all went).</summary>
    public virtual async Task<Runtime.BulkPublishResponse> BulkPublishEvent(Runtime.BulkPublishRequest request, ServerCallContext context)
    {
        Found(request.PubsubName);
        var entries = request.Entries.Select(e => new TopicPublisher.BulkEntry(e.EntryId, e.Event.ToByteArray(), e.ContentType,
            TopicPublisher.Merge(request.Metadata, e.Metadata)));
        var failed = await publisher.PublishAllAsync(request.Topic, entries, Header(context, "traceparent"), Header(context, "tracestate"));
        var response = new Runtime.BulkPublishResponse();
        response.FailedEntries.Add(failed.Select(f => new Runtime.BulkPublishResponseFailedEntry { EntryId = f.EntryId, Error = f.Error }));
        return response;
    }

    /// <summary>The alpha name of the same call, which DaprClient uses.</summary>
    public virtual Task<Runtime.BulkPublishResponse> BulkPublishEventAlpha1(Runtime.BulkPublishRequest request, ServerCallContext context) =>
        BulkPublishEvent(request, context);

    private void Found(string pubsub)
    {
        if (!publisher.Serves(pubsub))
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"pubsub {pubsub} is not found"));
    }

    private static string? Header(ServerCallContext context, string name) => context.RequestHeaders.GetValue(name);

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(string name)
        where TRequest : IMessage<TRequest>, new() where TResponse : IMessage<TResponse>, new() =>
        new(MethodType.Unary, Service, name, Marshal<TRequest>(), Marshal<TResponse>());

    private static Marshaller<T> Marshal<T>() where T : IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
    }
}
