using System.Diagnostics;

namespace Commissioning.Testing;

/// <summary>Finds the real servers the test command installs; a missing one fails the test with how to get it.</summary>
public static class Tool
{
    public static string Find(string name, params string[] extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in extraDirectories.Concat(path.Split(':')))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"'{name}' is not installed. Run ./test.sh once: it installs what the tests need.");
    }

    /// <summary>Runs a short command to completion and returns its output; throws with the output when it fails.</summary>
    public static string Run(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed: {output}");
        return output;
    }
}
