namespace Commissioning.Gateway.Routing;

/// <summary>
/// The "ReverseProxy" section in YARP's shape, so moving to YARP later is a package swap:
/// <c>Routes:{id}:{ClusterId, Match:{Path, Methods}, AuthorizationPolicy, Transforms:[{PathRemovePrefix}]}</c>
/// and <c>Clusters:{id}:{Destinations:{name:{Address}}, HttpRequest:{Version, ActivityTimeout}}</c>.
/// </summary>
public sealed class ProxyConfig
{
    public const string Section = "ReverseProxy";

    public Dictionary<string, RouteConfig> Routes { get; set; } = [];
    public Dictionary<string, ClusterConfig> Clusters { get; set; } = [];
}

public sealed class RouteConfig
{
    public string ClusterId { get; set; } = "";
    public RouteMatch Match { get; set; } = new();
    /// <summary>A role name, "default" (any authenticated caller) or "anonymous".</summary>
    public string AuthorizationPolicy { get; set; } = "default";
    public List<Dictionary<string, string>> Transforms { get; set; } = [];
    /// <summary>Not a YARP key: routes whose backend is a gRPC port (errors are then gRPC statuses).</summary>
    public bool Grpc { get; set; }
}

public sealed class RouteMatch
{
    public string Path { get; set; } = "";
    public List<string>? Methods { get; set; }
}

public sealed class ClusterConfig
{
    public Dictionary<string, DestinationConfig> Destinations { get; set; } = [];
    public ClusterRequestConfig HttpRequest { get; set; } = new();
}

public sealed class DestinationConfig
{
    public string Address { get; set; } = "";
}

public sealed class ClusterRequestConfig
{
    /// <summary>"1.1" or "2" (HTTP/2 with prior knowledge over http://, as gRPC backends need).</summary>
    public string Version { get; set; } = "1.1";
    /// <summary>How long the backend may take to answer, as "00:00:30"; past it the caller gets 504.</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
