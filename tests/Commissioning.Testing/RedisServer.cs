using Xunit;

namespace Commissioning.Testing;

/// <summary>
/// A real redis-server on a free loopback port, with its data in a temporary folder. Use it as an
/// xunit class or collection fixture. <see cref="Restart"/> kills it and starts it again on the same
/// port with the same data (append-only file on), as an operator's restart would.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("redis-").FullName;
    private ServerProcess? _process;

    public int Port { get; } = FreePort.Next();
    public string Configuration => $"127.0.0.1:{Port}";

    public async Task InitializeAsync() => await Start();

    public async Task Restart()
    {
        _process?.Kill();
        await Start();
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private async Task Start()
    {
        var redis = Tool.Find("redis-server", "/usr/bin", "/usr/sbin");
        _process = ServerProcess.Start(redis,
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes",
            "--appendfsync", "always", "--dir", _directory, "--protected-mode", "no",
        ]);
        await FreePort.WaitUntilListening(Port, TimeSpan.FromSeconds(20), () => _process.Output);
    }
}
