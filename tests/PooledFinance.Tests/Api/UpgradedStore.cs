using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure;

namespace PooledFinance.Tests.Api;

/// <summary>The pooled-finance store a schema-upgrade test opens directly, as the service configures it.</summary>
internal static class UpgradedStore
{
    public static PooledFinanceStore Open(StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<PooledFinanceStore>();
        ServiceStore.Configure(builder, options, "pooled-finance", typeof(PooledFinanceStore).Assembly.GetName().Name!);
        return new PooledFinanceStore(builder.Options, new SchemaUpgradeActor());
    }
}
