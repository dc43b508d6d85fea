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

    /// <summary>A Guid as each provider stores it, for rows a test writes as an older version did.</summary>
    public static object AsStored(this PooledFinanceStore store, Guid id) =>
        store.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
}
