using CarePackages.Domain.Brokerage;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// Each provider a placement request invited, in any round, as a row beside the request's JSON (the persistence
/// README's projection tables), with the request's place in list order and its tenancy: a provider's list of the
/// requests it was invited to is a page of its own index, where it was a read of its councils' every request in
/// turn (a provider is invited to one in ten). Written in the save that writes the request, so it never disagrees
/// with it; derived from an audited row, so not audited itself.
/// </summary>
public sealed class PlacementInvitation : IListedRow
{
    public const string Table = "placement_invitations";

    /// <summary>The placement request's id.</summary>
    public Guid Id { get; set; }
    public Guid ProviderId { get; set; }
    public string? Tenancy { get; set; }
    public DateTime UpdatedUtc { get; set; }

    // A provider's invitations in list order, read from the index alone.
    public static void Map(ModelBuilder model) =>
        model.MapListedRows<PlacementInvitation>(Table, nameof(ProviderId));

    /// <summary>Writes the invitations of <paramref name="request"/> as its row now stands.</summary>
    public static void Write(DbContext store, ListedRows<PlacementInvitation, Guid> written, PlacementRequest request,
        StoredAggregate row) =>
        written.Write(store, row, Invited(request),
            held => Invited(DomainJson.Deserialize<PlacementRequest>(held.Body)),
            provider => new PlacementInvitation
            {
                Id = request.Id, ProviderId = provider, Tenancy = row.Tenancy, UpdatedUtc = row.UpdatedUtc,
            });

    /// <summary>The page of the requests <paramref name="providerId"/> was invited to, in list order.</summary>
    public static Task<IReadOnlyList<PlacementRequest>> PageFor(CarePackagesStore store, Guid providerId,
        int offset, int limit) =>
        store.Aggregates<PlacementRequest>().PageOf(
            store.Set<PlacementInvitation>().Where(i => i.ProviderId == providerId), offset, limit);

    // A provider invited again in a later round is still one invitation to list.
    private static IEnumerable<Guid> Invited(PlacementRequest request) =>
        request.Invitations.Select(i => i.ProviderId).Distinct();
}
