using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// The notifications store: webhook endpoints as aggregate rows with their audit, and the outbox, inbox and
/// dead letters of the service's events in the same transaction. Its tenancy is the endpoint's owner
/// organisation (<see cref="OwnerTenancy"/>).
/// </summary>
public sealed class NotificationsStore(DbContextOptions<NotificationsStore> options, IAuditActor actor)
    : CommissioningDbContext(options, actor)
{
    public const string Source = "notifications";
    public const string DeadLetters = Source + ".dead-letters";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        Task.FromResult(OwnerTenancy.Of(caller));

    protected override string? TenancyOfNew(AggregateRoot aggregate) => OwnerTenancy.Of(aggregate);
}
