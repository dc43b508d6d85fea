using Xunit;

namespace Commissioning.Testing;

/// <summary>
/// A real PostgreSQL 15 cluster made with initdb in a temporary folder and started with pg_ctl on a
/// free loopback port. initdb refuses root, so when the tests run as root the cluster is made and run
/// as the 'postgres' user. Each test class can ask for its own empty database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pg-" + Guid.NewGuid().ToString("N"));
    private int _databases;

    public int Port { get; private set; } = FreePort.Next();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        if (Environment.UserName == "root") Tool.Run("chown", "postgres", _directory);
        var data = Path.Combine(_directory, "data");
        AsPostgres(Tool.Find("initdb", BinDirectory), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8");
        // Suites run side by side and pick free ports independently; if another server took this one
        // between our look and our bind, the postmaster exits at once: try again on a new port.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                AsPostgres(Tool.Find("pg_ctl", BinDirectory), "-D", data, "-l", Path.Combine(_directory, "log"), "-w", "-o",
                    $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
                break;
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"PostgreSQL did not start on port {Port}: {e.Message}\n{ServerLog()}");
                Port = FreePort.Next();
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{e.Message}\n{ServerLog()}", e);
            }
        }
        await FreePort.WaitUntilListening(Port, TimeSpan.FromSeconds(30));
    }

    private string ServerLog()
    {
        var log = Path.Combine(_directory, "log");
        return File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(20)) : "(no server log)";
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        Tool.Run(Tool.Find("psql", BinDirectory, "/usr/bin"), "-h", "127.0.0.1", "-p", Port.ToString(), "-U", "postgres",
            "-c", $"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public Task DisposeAsync()
    {
        try
        {
            AsPostgres(Tool.Find("pg_ctl", BinDirectory), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop");
        }
        finally
        {
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return Task.CompletedTask;
    }

    private static void AsPostgres(string command, params string[] arguments)
    {
        if (Environment.UserName == "root") Tool.Run("runuser", ["-u", "postgres", "--", command, .. arguments]);
        else Tool.Run(command, arguments);
    }
}
