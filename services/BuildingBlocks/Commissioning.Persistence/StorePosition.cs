namespace Commissioning.Persistence;

/// <summary>
/// Where a row stands in the store's list order (oldest change first, then id): the cursor of
/// <see cref="Aggregates{T}.PageAfter"/>. Both parts are the row's own columns, so the page after it is chosen in
/// the store; a client holds it only as an opaque token.
/// </summary>
public readonly record struct StorePosition(DateTime UpdatedUtc, Guid Id);

/// <summary>One page of a cursor-paged list, and where the next starts (null when this is the last).</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, StorePosition? Next);
