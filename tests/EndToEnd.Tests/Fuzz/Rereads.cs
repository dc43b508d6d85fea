using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// What a write names, read back with the owner's token: every GET of the document whose path is the write's
/// path or a start of it (<c>POST /funds/{id}/ledger</c> re-reads <c>GET /funds/{id}/ledger</c> and
/// <c>GET /funds/{id}</c>). The answers seen last are kept, so a refused write costs one read of each; a
/// write that was taken, or not answered, forgets them.
/// </summary>
public sealed class Rereads(ApiDocument document, Func<string, Task<string>> read)
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ApiOperation> _reads =
        [.. document.Operations.Where(o => !o.IsWrite && !o.InQuery.Any(p => p.Required))];

    public int Count { get; private set; }

    /// <summary>The paths to re-read for a write sent to <paramref name="target"/>.</summary>
    public IReadOnlyList<string> For(ApiOperation write, string target)
    {
        var sent = target.Split('?')[0].Trim('/').Split('/');
        var segments = write.Segments;
        return [.. _reads.Where(r => Covers(r.Segments, segments))
            .Select(r => "/" + string.Join('/', sent[..r.Segments.Length]))];
    }

    public async Task Before(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            if (!_seen.ContainsKey(path)) _seen[path] = await Read(path);
    }

    /// <summary>The paths whose answer changed since it was last seen.</summary>
    public async Task<List<string>> Changed(IEnumerable<string> paths)
    {
        var changed = new List<string>();
        foreach (var path in paths)
        {
            var now = await Read(path);
            if (_seen.TryGetValue(path, out var before) && before != now) changed.Add($"{path}: {before} -> {now}");
            _seen[path] = now;
        }
        return changed;
    }

    public void Forget() => _seen.Clear();

    private async Task<string> Read(string path)
    {
        Count++;
        return await read(path);
    }

    private static bool Covers(string[] read, string[] write) =>
        read.Length <= write.Length
        && read.Select((s, i) => IsParameter(s) ? IsParameter(write[i]) : s == write[i]).All(x => x);

    private static bool IsParameter(string segment) => segment.StartsWith('{');
}
