using System.Diagnostics;

namespace Interop.Tests.Grpc;

/// <summary>Where the npm-installed peers live, and a way to run one to completion with a time limit.</summary>
public static class NodePeers
{
    public static string Repository { get; } = FindRepository();
    public static string NodeDirectory => Path.Combine(Repository, "tests", "Interop", "node");
    public static string ProtoDirectory => Path.Combine(Repository, "proto");
    public static string Buf => Path.Combine(NodeDirectory, "node_modules", ".bin", "buf");
    public static string Script(string name) => Path.Combine(NodeDirectory, "grpc", name);

    public static async Task<PeerResult> Run(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = NodeDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (!File.Exists(fileName) && fileName.Contains('/'))
            throw new InvalidOperationException($"{fileName} is missing: run 'npm ci' in {NodeDirectory}.");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish: {await stdout}{await stderr}");
        }
        return new PeerResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Commissioning.sln"))) return directory.FullName;
        throw new InvalidOperationException("Commissioning.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record PeerResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
}
