using Google.Protobuf.Reflection;

namespace Commissioning.Grpc;

/// <summary>A method of a service descriptor bound to its handler, with who may call it.</summary>
public abstract class GrpcMethod
{
    private readonly List<string> _roles = [];

    private protected GrpcMethod(MethodDescriptor descriptor) => Descriptor = descriptor;

    public MethodDescriptor Descriptor { get; }
    public string Path => $"/{Descriptor.Service.FullName}/{Descriptor.Name}";
    public IReadOnlyList<string> Roles => _roles;
    public bool AllowsAnonymous { get; private set; }

    /// <summary>The caller must hold at least one of these roles, or gets PERMISSION_DENIED.</summary>
    public GrpcMethod RequireRoles(params string[] roles)
    {
        _roles.AddRange(roles);
        return this;
    }

    /// <summary>No token needed (health, reflection).</summary>
    public GrpcMethod AllowAnonymous()
    {
        AllowsAnonymous = true;
        return this;
    }

    internal abstract Task Invoke(ServerCall call);
}
