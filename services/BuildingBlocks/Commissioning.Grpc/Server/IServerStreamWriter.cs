namespace Commissioning.Grpc;

/// <summary>Sends response messages of a streaming call, one at a time (never concurrently).</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message);
}
