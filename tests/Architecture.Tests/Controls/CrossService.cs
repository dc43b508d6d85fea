using Contracts.Domain.Providers;
using Workforce.Domain.Employers;

// Types that reach into other services, for the service-isolation rule's control: as if they were
// CarePackages', they use a Workforce and a Contracts domain type.
namespace Architecture.Tests.Controls.CrossService;

public sealed class KnowsAnEmployer(Employer employer)
{
    public string Code => employer.Code;
}

public sealed class KnowsAProvider(Provider provider)
{
    public Guid Id => provider.Id;
}

/// <summary>Uses only the shared kernel, which every service may.</summary>
public sealed class UsesTheSharedKernel
{
    public static Commissioning.Domain.FinancialYear Year => new(2025);
}
