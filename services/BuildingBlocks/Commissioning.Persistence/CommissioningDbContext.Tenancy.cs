using Commissioning.Domain;
using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Persistence;

/// <summary>
/// Tenancy (ARCHITECTURE.md "Tenancy and access"): every aggregate row carries the tenancy it belongs to,
/// and every query of the store admits only the caller's tenancies, so a record of another tenancy is
/// not found (404) and lists are filtered in the store. The service says once, in its store, which
/// tenancies a caller is party to and which tenancy a new root record starts.
/// </summary>
public abstract partial class CommissioningDbContext
{
    private IReadOnlyCollection<string>? _admitted;
    private bool _entered;

    /// <summary>
    /// The tenancies the caller reads and changes; null for every tenancy (background work, which runs as
    /// the system). Until the caller's tenancies are known a user is admitted to none: the store fails closed.
    /// </summary>
    public IReadOnlyCollection<string>? AdmittedTenancies => _entered || Actor.Caller == Caller.System ? _admitted : [];

    /// <summary>Works out the caller's tenancies once per unit of work (<see cref="TenancyGate"/> calls it first).</summary>
    public async Task EnterTenancyAsync(CancellationToken cancellationToken = default)
    {
        if (_entered || Actor.Caller == Caller.System) return;
        _admitted = await TenanciesOfAsync(Actor.Caller, cancellationToken);
        _entered = true;
    }

    /// <summary>
    /// The tenancies <paramref name="caller"/> is party to, or null for all of them. A store that keeps
    /// tenanted records overrides this and <see cref="TenancyOfNew"/>; one that keeps none admits everyone.
    /// </summary>
    protected virtual Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        Task.FromResult<IReadOnlyCollection<string>?>(null);

    /// <summary>
    /// The tenancy a new record starts, when it is a root (a partnership is its own tenancy, a contract its
    /// commissioner's); null for a record that belongs where its parent (the row its key names) does.
    /// </summary>
    protected virtual string? TenancyOfNew(AggregateRoot aggregate) => null;

    /// <summary>
    /// The tenancy a stored record's own state names now, when that can change (a contract novated to another
    /// host has other parties); null for a record whose tenancy is fixed once it is created. A record whose
    /// tenancy changes moves with every row under it, in the same save.
    /// </summary>
    protected virtual string? TenancyNow(AggregateRoot aggregate) => null;

    /// <summary>
    /// The type of the row <paramref name="id"/> names when it exists but belongs to a tenancy the caller is
    /// not party to; null when it is the caller's, belongs to no tenancy, or does not exist.
    /// </summary>
    public async Task<string?> OtherTenancyTypeOf(Guid id, CancellationToken cancellationToken = default)
    {
        if (AdmittedTenancies is null) return null;
        if (await StoredAggregates.AnyAsync(a => a.Id == id, cancellationToken)) return null;
        return await StoredAggregates.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Type)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task StampTenancyAsync(CancellationToken cancellationToken)
    {
        foreach (var (aggregate, row) in _aggregates.Values)
            if (Entry(row).State == EntityState.Added)
                row.Tenancy ??= TenancyOfNew(aggregate) ?? await ParentTenancyAsync(row.Key, cancellationToken);
            else if (TenancyNow(aggregate) is { } now && now != row.Tenancy)
                await MoveAsync(row, now, cancellationToken);
    }

    private async Task MoveAsync(StoredAggregate row, string tenancy, CancellationToken cancellationToken)
    {
        row.Tenancy = tenancy;
        var key = row.Id.ToString();
        var children = await StoredAggregates.IgnoreQueryFilters().Where(a => a.Key == key).ToListAsync(cancellationToken);
        foreach (var child in children) await MoveAsync(child, tenancy, cancellationToken);
    }

    private async Task<string?> ParentTenancyAsync(string? key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var parent)) return null;
        if (_aggregates.TryGetValue(parent, out var tracked)) return tracked.Row.Tenancy;
        return await StoredAggregates.IgnoreQueryFilters().Where(a => a.Id == parent).Select(a => a.Tenancy)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
