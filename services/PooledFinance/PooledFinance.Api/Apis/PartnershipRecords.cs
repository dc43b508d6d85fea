using System.Security.Claims;
using Commissioning.Domain;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Records keyed to a partnership and read under its route (costings, VAT positions): the caller must act for a
/// partner, and a record of another partnership is a 404 as if it did not exist.
/// </summary>
internal static class PartnershipRecords
{
    public static async Task<IReadOnlyList<T>> List<T>(PooledFinanceStore store, ClaimsPrincipal user,
        Guid partnershipId) where T : AggregateRoot
    {
        await PoolCaller.OpenPartnership(store, user, partnershipId);
        return await store.Aggregates<T>().List(partnershipId.ToString());
    }

    public static async Task<T> Get<T>(PooledFinanceStore store, ClaimsPrincipal user, Guid partnershipId, Guid id,
        Func<T, Guid> partnershipOf) where T : AggregateRoot
    {
        await PoolCaller.OpenPartnership(store, user, partnershipId);
        var record = await store.Aggregates<T>().Get(id);
        return partnershipOf(record) == partnershipId ? record : throw RuleViolation.NotFound("id",
            $"There is no {typeof(T).Name} {id} in this partnership.");
    }

    /// <summary>The partnership and its finance officer acting, for a record about to be stated.</summary>
    public static Task<(Partnership Partnership, Actor Actor)> OpenForChange(PooledFinanceStore store,
        ClaimsPrincipal user, Guid partnershipId) =>
        PoolCaller.OpenPartnership(store, user, partnershipId, ActorRole.FinanceOfficer);
}
