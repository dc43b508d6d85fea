using Commissioning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Persistence;

/// <summary>
/// Loads and stores one kind of aggregate in the service's store. Loaded aggregates are tracked by
/// the store: <c>SaveChangesAsync</c> writes their current state back, bumps the version, audits
/// the change and hands their domain events to the outbox, all in one transaction.
/// </summary>
public sealed class Aggregates<T>(CommissioningDbContext store) where T : AggregateRoot
{
    private static readonly string TypeName = typeof(T).Name;

    /// <summary>The aggregate, or a 404 naming <paramref name="field"/>.</summary>
    public async Task<T> Get(Guid id, string field = "id", CancellationToken cancellationToken = default) =>
        await Find(id, cancellationToken) ?? throw RuleViolation.NotFound(field, $"There is no {Describe(TypeName)} {id}.");

    public async Task<T?> Find(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await store.StoredAggregates.SingleOrDefaultAsync(a => a.Id == id && a.Type == TypeName, cancellationToken);
        return row is null ? null : store.Track<T>(row);
    }

    /// <summary>Every aggregate of this kind with the given lookup key (or all of them), oldest first.</summary>
    public Task<IReadOnlyList<T>> List(string? key = null, CancellationToken cancellationToken = default) =>
        Oldest(store.StoredAggregates.Where(a => a.Type == TypeName && (key == null || a.Key == key)),
            cancellationToken);

    /// <summary>
    /// Every aggregate of this kind whose lookup key is one of <paramref name="keys"/>, in one query, so a
    /// batch of look-ups (a return's people by reference) costs one round trip, filtered by tenancy in the store.
    /// </summary>
    public Task<IReadOnlyList<T>> ListByKeys(IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken = default) =>
        Oldest(store.StoredAggregates.Where(a => a.Type == TypeName && keys.Contains(a.Key!)), cancellationToken);

    /// <summary>
    /// One page of this kind, oldest change first: <paramref name="limit"/> aggregates after skipping
    /// <paramref name="offset"/>, so a list is filtered (by tenancy, and by lookup key when one is given) and
    /// paged in the store, never in memory.
    /// </summary>
    public async Task<IReadOnlyList<T>> Page(int offset, int limit, string? key = null,
        CancellationToken cancellationToken = default)
    {
        var rows = await store.StoredAggregates.Where(a => a.Type == TypeName && (key == null || a.Key == key))
            .OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(store.Track<T>).ToList();
    }

    /// <summary>
    /// A cursor page in <see cref="Page"/>'s order: up to <paramref name="limit"/> aggregates after
    /// <paramref name="after"/> (the last one a previous page held), filtered and paged in the store. A cursor
    /// neither skips a record when one before it changes nor repeats one, except a record changed since its page
    /// (it moves to the end, and is listed again as it now is).
    /// </summary>
    public async Task<CursorPage<T>> PageAfter(StorePosition? after, int limit, string? key = null,
        CancellationToken cancellationToken = default)
    {
        var rows = store.StoredAggregates.Where(a => a.Type == TypeName && (key == null || a.Key == key));
        if (after is { } cursor)
            rows = rows.Where(a => a.UpdatedUtc > cursor.UpdatedUtc
                || (a.UpdatedUtc == cursor.UpdatedUtc && a.Id.CompareTo(cursor.Id) > 0));
        var read = await rows.OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = read.Take(limit).ToList();
        var next = read.Count > limit ? new StorePosition(page[^1].UpdatedUtc, page[^1].Id) : (StorePosition?)null;
        return new CursorPage<T>(page.Select(store.Track<T>).ToList(), next);
    }

    /// <summary>
    /// One page of the aggregates a rule the store's columns cannot express admits (a provider sees the requests
    /// it was invited to), in <see cref="Page"/>'s order: the store's rows, already filtered by tenancy, are read
    /// in batches in that order and the rule applied as they come, until the page is full. Paging first and
    /// applying the rule after gives a short or empty page while later rows would fill it, and a client reading
    /// until an empty page stops early; this reads no more rows than the page needs.
    /// </summary>
    public async Task<IReadOnlyList<T>> PageWhere(Func<T, bool> admits, int offset, int limit,
        CancellationToken cancellationToken = default)
    {
        const int batch = 200;
        var (page, passed) = (new List<T>(limit), 0);
        for (var read = 0; ; read += batch)
        {
            var rows = await store.StoredAggregates.Where(a => a.Type == TypeName)
                .OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).Skip(read).Take(batch)
                .ToListAsync(cancellationToken);
            foreach (var aggregate in rows.Select(store.Track<T>).Where(admits))
                if (passed++ >= offset && page.Count < limit) page.Add(aggregate);
            if (page.Count == limit || rows.Count < batch) return page;
        }
    }

    /// <summary>
    /// One page of the aggregates a projection's rows name (<see cref="IListedRow"/>: a provider's invitations, a
    /// commissioner's contracts), in <see cref="Page"/>'s order: the projection is filtered by tenancy as the rows
    /// are, ordered and paged in the store by its own index, and the page's rows read by id in one more query.
    /// </summary>
    public async Task<IReadOnlyList<T>> PageOf<TRow>(IQueryable<TRow> projection, int offset, int limit,
        CancellationToken cancellationToken = default) where TRow : class, IListedRow
    {
        if (store.AdmittedTenancies is { } admitted)
            projection = projection.Where(p => p.Tenancy == null || admitted.Contains(p.Tenancy));
        var ids = await projection.OrderBy(p => p.UpdatedUtc).ThenBy(p => p.Id).Skip(offset).Take(limit)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var found = (await ListByIds(ids, cancellationToken)).ToDictionary(a => a.Id);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>
    /// The aggregates of this kind with the given ids (those the caller's tenancies hold), in one query, so a page's
    /// look-ups (the organisations its records name) cost one round trip, not one each.
    /// </summary>
    public async Task<IReadOnlyList<T>> ListByIds(IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default) =>
        (await store.StoredAggregates.Where(a => a.Type == TypeName && ids.Contains(a.Id))
            .ToListAsync(cancellationToken)).Select(store.Track<T>).ToList();

    private async Task<IReadOnlyList<T>> Oldest(IQueryable<StoredAggregate> rows,
        CancellationToken cancellationToken) =>
        (await rows.OrderBy(a => a.UpdatedUtc).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .Select(store.Track<T>).ToList();

    /// <param name="unique">Makes the aggregate one of a kind: a second with the same value is refused when saved.</param>
    public void Add(T aggregate, string? key = null, UniqueKey? unique = null) => store.TrackNew(aggregate, TypeName, key, unique);

    /// <summary>The aggregate stored as one of a kind under <paramref name="unique"/>'s value, if any.</summary>
    public async Task<T?> FindUnique(UniqueKey unique, CancellationToken cancellationToken = default)
    {
        var row = await store.StoredAggregates.SingleOrDefaultAsync(
            a => a.Type == TypeName && a.UniqueKey == unique.Value, cancellationToken);
        return row is null ? null : store.Track<T>(row);
    }

    /// <summary>
    /// Adds and saves <paramref name="aggregate"/> as one of a kind, and returns what is stored: itself, or, when the
    /// unique index finds one already there (a retry, or the loser of a race), that first one, with nothing of this
    /// request written. The index decides, so two identical requests at once store one.
    /// </summary>
    public async Task<T> AddOnce(T aggregate, string? key, UniqueKey unique,
        CancellationToken cancellationToken = default)
    {
        Add(aggregate, key, unique);
        try
        {
            await store.SaveChangesAsync(cancellationToken);
            return aggregate;
        }
        catch (RuleViolation refused) when (refused.Kind == ViolationKind.AlreadyExists
            && refused.Field == unique.Field && refused.Message == unique.Conflict)
        {
            store.ChangeTracker.Clear();
            // Not found only if the first one is outside the caller's tenancy: the clash stands as it was.
            return await FindUnique(unique, cancellationToken)
                ?? throw unique.Refused();
        }
    }

    /// <summary>"PlacementRequest" as a sentence says it: "placement request".</summary>
    internal static string Describe(string typeName) => string.Concat(typeName.Select((c, i) =>
        i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
