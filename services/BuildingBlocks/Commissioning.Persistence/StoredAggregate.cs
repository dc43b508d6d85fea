namespace Commissioning.Persistence;

/// <summary>
/// One aggregate as a row: its identity, a lookup key (e.g. the partnership an agreement belongs
/// to), the value that makes it one of a kind if it has one (unique per type, see <see cref="UniqueKey"/>),
/// the tenancy it belongs to (a partnership's id or an owning organisation's code, see
/// <see cref="CommissioningDbContext.AdmittedTenancies"/>), and its state as JSON written by <see cref="DomainJson"/>.
/// The version guards concurrent
/// changes; every change is audited as the members of the JSON that changed.
/// </summary>
public sealed class StoredAggregate : IVersioned
{
    public Guid Id { get; init; }
    public required string Type { get; init; }
    public string? Key { get; set; }
    public string? UniqueKey { get; init; }
    public string? Tenancy { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public Guid Version { get; set; }
}
