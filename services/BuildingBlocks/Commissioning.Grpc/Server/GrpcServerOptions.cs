namespace Commissioning.Grpc;

public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted (after decompression); gRPC's usual default of 4 MiB.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent; a handler that builds a bigger one gets RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; set; } = 16 * 1024 * 1024;
}
