using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Persistence;

/// <summary>
/// A projection row that places its aggregate (<see cref="Id"/>) in the store's list order, its row's update time
/// then id, within the row's tenancy: a list filtered by the projection's columns pages as
/// <see cref="Aggregates{T}.Page"/> does (<see cref="Aggregates{T}.PageOf{TRow}"/>).
/// </summary>
public interface IListedRow
{
    /// <summary>The aggregate the row projects.</summary>
    Guid Id { get; }

    string? Tenancy { get; }

    DateTime UpdatedUtc { get; }
}

/// <summary>
/// A projection of one row per member of an aggregate (a placement request's invited providers, a contract's
/// parties), written from the store's <c>OnStored</c> hook so that it lands in the save that writes the aggregate's
/// row: a member's row is added, updated (the row's update time and tenancy move with every save) or removed. One
/// instance per unit of work remembers the rows it wrote, so a second save of the same store updates them.
/// </summary>
public sealed class ListedRows<TRow, TMember> where TRow : class, IListedRow where TMember : notnull
{
    private readonly Dictionary<(Guid, TMember), TRow> _written = [];

    /// <param name="store">The store saving <paramref name="row"/>.</param>
    /// <param name="row">The aggregate's row as this save writes it.</param>
    /// <param name="now">The aggregate's members as it now stands.</param>
    /// <param name="heldBy">The members a stored row names, to read those it held before this save (a new row
    /// held none): a member no longer named loses its row, one named before has its row updated, not added.</param>
    /// <param name="rowOf">A member's projection row, as <paramref name="row"/> now stands.</param>
    public void Write(DbContext store, StoredAggregate row, IEnumerable<TMember> now,
        Func<StoredAggregate, IEnumerable<TMember>> heldBy, Func<TMember, TRow> rowOf)
    {
        var current = now.ToHashSet();
        var entry = store.Entry(row);
        var before = entry.State == EntityState.Added
            ? []
            : heldBy((StoredAggregate)entry.OriginalValues.ToObject()).ToHashSet();
        foreach (var member in current)
        {
            var projected = rowOf(member);
            if (Tracked(store, row.Id, member) is { } tracked)
            {
                store.Entry(tracked).CurrentValues.SetValues(projected);
                continue;
            }
            if (before.Contains(member)) store.Update(projected);
            else store.Add(projected);
            _written[(row.Id, member)] = projected;
        }
        foreach (var member in before.Where(m => !current.Contains(m)))
        {
            store.Remove(Tracked(store, row.Id, member) ?? rowOf(member));
            _written.Remove((row.Id, member));
        }
    }

    // A row written earlier in this unit of work, unless the change tracker has since let it go (after Clear()).
    private TRow? Tracked(DbContext store, Guid id, TMember member) =>
        _written.TryGetValue((id, member), out var tracked) && store.Entry(tracked).State != EntityState.Detached
            ? tracked
            : null;
}

/// <summary>
/// The table of a <see cref="ListedRows{TRow, TMember}"/> projection: one row per aggregate and member, and the
/// index a member's list reads (the member, then list order, with the tenancy so the page is read from it alone).
/// </summary>
public static class ListedRowTables
{
    public static void MapListedRows<TRow>(this ModelBuilder model, string table, string member)
        where TRow : class, IListedRow => model.Entity<TRow>(row =>
    {
        row.ToTable(table);
        row.HasKey(nameof(IListedRow.Id), member);
        row.HasIndex(member, nameof(IListedRow.UpdatedUtc), nameof(IListedRow.Id), nameof(IListedRow.Tenancy))
            .HasDatabaseName(OrderIndex(table));
        row.HasAnnotation(AuditTrail.Unaudited, true);
    });

    /// <summary>
    /// Creates the table and its index, then fills it from the rows already held (<paramref name="fillOnSqlite"/>
    /// or <paramref name="fillOnPostgres"/>), so an upgraded store lists every record it held.
    /// </summary>
    public static void CreateListedRows<TMember>(this MigrationBuilder migration, string table, string member,
        string fillOnSqlite, string fillOnPostgres)
    {
        migration.CreateTable(table, columns => new
        {
            Id = columns.Column<Guid>(nullable: false),
            Member = columns.Column<TMember>(name: member, nullable: false),
            Tenancy = columns.Column<string>(nullable: true),
            UpdatedUtc = columns.Column<DateTime>(nullable: false),
        }, constraints: columns => columns.PrimaryKey($"pk_{table}", r => new { r.Id, r.Member }));
        migration.CreateIndex(OrderIndex(table), table, [member, "UpdatedUtc", "Id", "Tenancy"]);
        var postgres = migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        migration.Sql(postgres ? fillOnPostgres : fillOnSqlite);
    }

    private static string OrderIndex(string table) => $"ix_{table}_order";
}
