namespace Commissioning.Testing;

/// <summary>
/// A program of this repository (built by this test project's references) run as its own process with
/// `dotnet &lt;dll&gt;`, so a test can kill it (SIGKILL, as a crash) and start it again with the same arguments.
/// </summary>
public class DotnetProgram : IDisposable
{
    private readonly string _dll;
    private readonly string[] _arguments;
    private readonly Func<DotnetProgram, Task> _waitUntilReady;
    private readonly IDictionary<string, string>? _environment;
    private readonly List<string> _earlierOutput = [];
    private ServerProcess? _process;

    protected DotnetProgram(string project, string assembly, string[] arguments,
        Func<DotnetProgram, Task> waitUntilReady, IDictionary<string, string>? environment = null)
    {
        _environment = environment;
        _dll = Built(project, assembly);
        _arguments = arguments;
        _waitUntilReady = waitUntilReady;
    }

    /// <summary>Everything every run of the process has written so far.</summary>
    public string Output => string.Concat(_earlierOutput) + _process?.Output;

    public string CurrentOutput => _process?.Output ?? "";

    public async Task StartAsync()
    {
        if (_process is not null) _earlierOutput.Add(_process.Output);
        _process = ServerProcess.Start(Dotnet, [_dll, .. _arguments], environment: _environment);
        await _waitUntilReady(this);
    }

    public void Kill() => _process?.Kill();

    public async Task RestartAsync()
    {
        Kill();
        await StartAsync();
    }

    public void Dispose()
    {
        _process?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Tool.Find("dotnet", "/usr/share/dotnet", "/usr/lib/dotnet",
                Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".dotnet"));

    /// <summary>The built dll of a project in this repository, in the same configuration as the tests.</summary>
    public static string Built(string project, string assembly)
    {
        var configuration = AppContext.BaseDirectory.Contains("/bin/Release/") ? "Release" : "Debug";
        var dll = Path.Combine(Repository.Root, project, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"{dll} is not built; build {project} first.");
    }
}
