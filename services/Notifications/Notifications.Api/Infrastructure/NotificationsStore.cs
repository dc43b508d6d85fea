using Commissioning.Domain;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// The notifications store: webhook endpoints as aggregate rows with their audit, and the outbox, inbox and
/// dead letters of the service's events in the same transaction; deliveries as aggregate rows with the
/// received events (the feed) and the delivery queue beside them (DeliveryTables). Its tenancy is the endpoint's owner
/// organisation (<see cref="OwnerTenancy"/>).
/// </summary>
public sealed class NotificationsStore(DbContextOptions<NotificationsStore> options, IAuditActor actor,
    TimeProvider clock) : CommissioningDbContext(options, actor, clock)
{
    public const string Source = "notifications";
    public static readonly string DeadLetters = DeadLetterTopic.Of(Source);

    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();
    public DbSet<EventAudience> EventAudiences => Set<EventAudience>();
    public DbSet<QueuedDelivery> DeliveryQueue => Set<QueuedDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        modelBuilder.AddDeliveryTables();
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        Task.FromResult(OwnerTenancy.Of(caller));

    protected override string? TenancyOfNew(AggregateRoot aggregate) => OwnerTenancy.Of(aggregate);

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) Events.NotificationsEvents.Publish(this, domainEvent, SavedAt);
    }
}
