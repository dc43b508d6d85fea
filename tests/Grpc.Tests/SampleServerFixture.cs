using Xunit;

namespace Grpc.Tests;

/// <summary>One sample server per test class; requests are capped at 64 KiB so size limits are cheap to reach.</summary>
public sealed class SampleServerFixture : IAsyncLifetime
{
    public const int MaxReceiveMessageSize = 64 * 1024;

    public GrpcTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GrpcTestServer.StartSample(o => o.MaxReceiveMessageSize = MaxReceiveMessageSize);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
