using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// Pooled finance's tenancy: a partnership. Its agreements, funds, lines, ledgers, contributions, debts
/// and settlements belong to it (each row takes its parent's tenancy, see <see cref="CommissioningDbContext"/>).
/// A caller is party to the partnerships one of whose bodies its organisation is (the token's "org": GSS
/// for a council, ODS for an NHS body); a platform administrator, who sets partnerships up, to all of them.
/// </summary>
/// <remarks>
/// Membership is read from the partnerships themselves rather than the token's "partnership" claims, so a
/// body that joins or leaves counts at once; there are a handful of partnerships per installation, so
/// reading their bodies is cheap beside the query each request makes anyway.
/// </remarks>
public static class PartnershipTenancy
{
    public static async Task<IReadOnlyCollection<string>?> Of(PooledFinanceStore store, Caller caller,
        CancellationToken ct)
    {
        // Refused here, before any record is looked up, so a provider user learns nothing of any pool.
        if (caller.IsIn(Roles.ProviderUser))
            throw PooledFinanceApiRules.NoProviderAccess.Broken("role",
                "Provider users have no access to pooled finance.");
        if (caller.IsIn(Roles.PlatformAdmin)) return null;
        var rows = await store.StoredAggregates.IgnoreQueryFilters()
            .Where(a => a.Type == nameof(Partnership)).Select(a => a.Body).ToListAsync(ct);
        return rows.Select(DomainJson.Deserialize<Partnership>)
            .Where(p => p.Bodies.Any(b => b.Code.Equals(caller.Organisation, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Id.ToString()).ToList();
    }

    /// <summary>A partnership is its own tenancy; every other pooled-finance record belongs to its parent's.</summary>
    public static string? Of(AggregateRoot aggregate) => aggregate is Partnership ? aggregate.Id.ToString() : null;
}
