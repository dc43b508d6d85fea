namespace Commissioning.Persistence;

/// <summary>
/// One change to one record: who, when, what, on whose authority, under which correlation id.
/// Written in the same transaction as the change; never updated or deleted.
/// </summary>
public sealed class AuditRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public DateTime AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Organisation { get; init; }
    /// <summary>The roles or the named delegation (a board decision, a scheme of delegation) the change was made under.</summary>
    public required string Authority { get; init; }
    public required string Action { get; init; }
    public required string EntityType { get; init; }
    public required string EntityId { get; init; }
    /// <summary>JSON object of changed properties: {"Name": {"from": ..., "to": ...}}.</summary>
    public required string Changes { get; init; }
    public string? CorrelationId { get; init; }
}
