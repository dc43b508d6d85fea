using Xunit;

namespace Grpc.Tests;

/// <summary>One sample server per test class.</summary>
public sealed class SampleServerFixture : IAsyncLifetime
{
    public GrpcTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GrpcTestServer.StartSample();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
