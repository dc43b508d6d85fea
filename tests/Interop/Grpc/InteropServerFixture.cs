using Grpc.Tests;
using Xunit;

namespace Interop.Tests.Grpc;

/// <summary>Our gRPC layer on a real Kestrel HTTP/2 port, with handlers for every service.</summary>
public sealed class InteropServerFixture : IAsyncLifetime
{
    public GrpcTestServer Server { get; private set; } = null!;
    public string HostPort => $"{Server.Address.Host}:{Server.Address.Port}";
    public string Url => Server.Address.ToString().TrimEnd('/');

    public async Task InitializeAsync() => Server = await GrpcTestServer.StartSample();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
