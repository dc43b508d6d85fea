using Commissioning.Protos.Finance.V1;
using Google.Protobuf.Reflection;

namespace Commissioning.Testing;

/// <summary>What the platform's protos declare, from the descriptors generated into Commissioning.Protos.</summary>
public static class ProtoDescriptors
{
    /// <summary>Every method of every service of a <c>commissioning.*</c> package, once each.</summary>
    public static IReadOnlyList<MethodDescriptor> EveryMethod() =>
        typeof(FinanceServiceReflection).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Reflection", StringComparison.Ordinal)
                && t.GetProperty("Descriptor") is not null)
            .Select(t => (FileDescriptor)t.GetProperty("Descriptor")!.GetValue(null)!)
            .Where(f => f.Package.StartsWith("commissioning.", StringComparison.Ordinal))
            .SelectMany(f => f.Services).SelectMany(s => s.Methods).DistinctBy(m => m.FullName).ToList();
}
