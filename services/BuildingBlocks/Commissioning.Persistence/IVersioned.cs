namespace Commissioning.Persistence;

/// <summary>
/// An entity under optimistic concurrency: <see cref="Version"/> changes on every save, and a save
/// whose version is stale fails with a conflict (HTTP 409) instead of overwriting someone's change.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
