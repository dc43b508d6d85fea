namespace Commissioning.Gateway.Routing;

/// <summary>YARP's path transforms that the platform uses: PathRemovePrefix and PathPrefix.</summary>
public static class PathTransform
{
    public static string Apply(IEnumerable<IReadOnlyDictionary<string, string>> transforms, string path)
    {
        foreach (var transform in transforms)
        {
            if (transform.TryGetValue("PathRemovePrefix", out var remove) && path.StartsWith(remove, StringComparison.OrdinalIgnoreCase))
                path = path[remove.Length..] is { Length: > 0 } rest ? rest : "/";
            if (transform.TryGetValue("PathPrefix", out var prefix))
                path = prefix.TrimEnd('/') + path;
        }
        return path;
    }
}
