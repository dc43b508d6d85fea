using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Protos.CarePackages.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Protos.Returns.V1;
using Commissioning.Protos.Workforce.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Testing;

/// <summary>
/// The generated clients of every service at one address, registered as a service registers its
/// partners (<see cref="GrpcClientRegistration.AddPartnerGrpcClient{TClient}"/>): token forwarding,
/// default deadline, idempotent-only retries and the target's breaker included.
/// </summary>
public sealed class PartnerClients : IDisposable
{
    private readonly ServiceProvider _provider;

    public PartnerClients(Uri address, Action<GrpcClientOptions>? configure = null, IHttpContextAccessor? caller = null)
    {
        var services = new ServiceCollection();
        if (caller is not null) services.AddSingleton(caller);
        void Options(GrpcClientOptions o)
        {
            o.Address = address;
            configure?.Invoke(o);
        }
        services.AddPartnerGrpcClient<FinanceService.FinanceServiceClient>(CommissioningServices.Finance, Options);
        services.AddPartnerGrpcClient<ContractsService.ContractsServiceClient>(CommissioningServices.Contracts, Options);
        services.AddPartnerGrpcClient<CarePackagesService.CarePackagesServiceClient>(CommissioningServices.CarePackages, Options);
        services.AddPartnerGrpcClient<WorkforceService.WorkforceServiceClient>(CommissioningServices.Workforce, Options);
        services.AddPartnerGrpcClient<ReturnsService.ReturnsServiceClient>(CommissioningServices.Returns, Options);
        _provider = services.BuildServiceProvider();
    }

    public FinanceService.FinanceServiceClient Finance => Get<FinanceService.FinanceServiceClient>();
    public ContractsService.ContractsServiceClient Contracts => Get<ContractsService.ContractsServiceClient>();
    public CarePackagesService.CarePackagesServiceClient CarePackages => Get<CarePackagesService.CarePackagesServiceClient>();
    public ReturnsService.ReturnsServiceClient Returns => Get<ReturnsService.ReturnsServiceClient>();
    public WorkforceService.WorkforceServiceClient Workforce => Get<WorkforceService.WorkforceServiceClient>();

    private T Get<T>() where T : ClientBase => _provider.GetRequiredService<T>();

    /// <summary>Call options carrying a bearer token (none when null), and a deadline when given.</summary>
    public static CallOptions Bearer(string? token, TimeSpan? deadline = null) => new(
        headers: token is null ? null : new Metadata { { "authorization", "Bearer " + token } },
        deadline: deadline is { } within ? DateTime.UtcNow + within : null);

    public void Dispose() => _provider.Dispose();
}
