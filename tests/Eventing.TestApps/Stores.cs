using Commissioning.Eventing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eventing.TestApps;

/// <summary>Something a handler did: one row per application, so applying an event twice shows as two rows.</summary>
public sealed class Effect
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public int Number { get; init; }
    public string EventId { get; init; } = "";
    public string Instance { get; init; } = "";
}

/// <summary>A business row of the publishing service, written with its event.</summary>
public sealed class Order
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public int Number { get; init; }
}

public sealed class TestStore(DbContextOptions<TestStore> options) : DbContext(options)
{
    public DbSet<Effect> Effects => Set<Effect>();
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddEventingTables();
        model.Entity<Effect>().ToTable("effects");
        model.Entity<Order>().ToTable("orders");
    }
}

/// <summary>Hand-written, as the services' migrations are: the eventing tables plus this store's own.</summary>
[DbContext(typeof(TestStore))]
[Migration("20260101000000_Initial")]
public sealed class InitialMigration : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateEventingTables();
        migration.CreateTable("effects", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            EventId = t.Column<string>(nullable: false),
            Instance = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_effects", e => e.Id));
        migration.CreateTable("orders", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_orders", o => o.Id));
    }
}
