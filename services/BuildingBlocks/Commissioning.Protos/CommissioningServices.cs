using Google.Protobuf.Reflection;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Protos.Workforce.V1;

namespace Commissioning.Protos;

/// <summary>
/// The descriptor of every service in proto/commissioning: the gateway describes them all by
/// reflection, and the clients' retry policy reads each method's idempotency_level from them.
/// </summary>
public static class CommissioningServices
{
    public static ServiceDescriptor Contracts => ContractsServiceReflection.Descriptor.Services[0];
    public static ServiceDescriptor Finance => FinanceServiceReflection.Descriptor.Services[0];
    public static ServiceDescriptor Workforce => WorkforceServiceReflection.Descriptor.Services[0];
    public static ServiceDescriptor CarePackages => CarePackagesServiceReflection.Descriptor.Services[0];
    public static ServiceDescriptor Returns => ReturnsServiceReflection.Descriptor.Services[0];

    public static IReadOnlyList<ServiceDescriptor> All => [Contracts, Finance, Workforce, CarePackages, Returns];
}
