using System.Text.Json.Serialization;

namespace Commissioning.Domain;

/// <summary>A fact an aggregate records when its state changes; the service turns it into an integration event in the same transaction.</summary>
public interface IDomainEvent;

/// <summary>
/// Base for aggregates: a Guid identity and the domain events raised since the last save. The
/// events are not state: they are never stored with the aggregate nor shown in its API form.
/// </summary>
public abstract class AggregateRoot
{
    [JsonIgnore]
    private readonly List<IDomainEvent> _domainEvents = [];

    public Guid Id { get; protected set; } = Guid.NewGuid();

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
