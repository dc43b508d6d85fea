using Commissioning.Domain;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Tests.SampleService;

public sealed class SampleFund : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public decimal Budget { get; set; }
    /// <summary>Added by schema version 2: upgrades must keep the rows version 1 wrote.</summary>
    public string HostPartner { get; set; } = "unassigned";
    public Guid Version { get; set; }
}

public sealed class SampleLedgerEntry : IAppendOnly
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid FundId { get; init; }
    public decimal Amount { get; init; }
}

public sealed class SampleStore(DbContextOptions<SampleStore> options, IAuditActor actor, TimeProvider? clock = null)
    : CommissioningDbContext(options, actor, clock)
{
    public DbSet<SampleFund> Funds => Set<SampleFund>();
    public DbSet<SampleLedgerEntry> Entries => Set<SampleLedgerEntry>();

    /// <summary>What the domain raised while saving; a real service writes outbox rows here.</summary>
    public List<IDomainEvent> Published { get; } = [];

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events) => Published.AddRange(events);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleFund>().ToTable("funds");
        modelBuilder.Entity<SampleLedgerEntry>().ToTable("ledger_entries");
        base.OnModelCreating(modelBuilder);
    }
}

[DbContext(typeof(SampleStore))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateStoreTables();
        migration.CreateTable("funds", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Budget = t.Column<decimal>(nullable: false),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_funds", f => f.Id));
        migration.CreateTable("ledger_entries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FundId = t.Column<Guid>(nullable: false),
            Amount = t.Column<decimal>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_ledger_entries", e => e.Id));
    }
}

[DbContext(typeof(SampleStore))]
[Migration("20261122000002_FundHost")]
public sealed class FundHost : Migration
{
    protected override void Up(MigrationBuilder migration) =>
        migration.AddColumn<string>("HostPartner", "funds", nullable: false, defaultValue: "unassigned");
}

[DbContext(typeof(SampleStore))]
[Migration("20261202000001_UniqueKeys")]
public sealed class UniqueKeys : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateUniqueKeys();
}

[DbContext(typeof(SampleStore))]
[Migration("20261202000002_Tenancy")]
public sealed class Tenancy : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateTenancy();
}
