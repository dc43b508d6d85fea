using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

/// <summary>
/// Every proto file reachable from the served services, by file name and by the fully qualified
/// names of the symbols they declare (services, methods, messages, enums), for server reflection.
/// </summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _files = new();
    private readonly Dictionary<string, FileDescriptor> _symbols = new();

    public DescriptorIndex(IEnumerable<ServiceDescriptor> services)
    {
        foreach (var service in services) Add(service.File);
    }

    public FileDescriptor? FileByName(string name) => _files.GetValueOrDefault(name);

    public FileDescriptor? FileContaining(string symbol) => _symbols.GetValueOrDefault(symbol);

    /// <summary>The file first, then every file it imports, transitively, each once.</summary>
    public static IEnumerable<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var seen = new HashSet<string>();
        var pending = new Queue<FileDescriptor>([file]);
        while (pending.TryDequeue(out var next))
        {
            if (!seen.Add(next.Name)) continue;
            yield return next;
            foreach (var dependency in next.Dependencies) pending.Enqueue(dependency);
        }
    }

    private void Add(FileDescriptor file)
    {
        if (!_files.TryAdd(file.Name, file)) return;
        foreach (var service in file.Services)
        {
            _symbols[service.FullName] = file;
            foreach (var method in service.Methods) _symbols[$"{service.FullName}.{method.Name}"] = file;
        }
        foreach (var message in file.MessageTypes) AddMessage(message, file);
        foreach (var enumeration in file.EnumTypes) _symbols[enumeration.FullName] = file;
        foreach (var dependency in file.Dependencies) Add(dependency);
    }

    private void AddMessage(MessageDescriptor message, FileDescriptor file)
    {
        _symbols[message.FullName] = file;
        foreach (var nested in message.NestedTypes) AddMessage(nested, file);
        foreach (var enumeration in message.EnumTypes) _symbols[enumeration.FullName] = file;
    }
}
