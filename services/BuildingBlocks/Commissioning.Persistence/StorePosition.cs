using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Commissioning.Domain;

namespace Commissioning.Persistence;

/// <summary>
/// Where a row stands in the store's list order (oldest change first, then id): the cursor of
/// <see cref="Aggregates{T}.PageAfter"/>. Both parts are the row's own columns, so the page after it is chosen in
/// the store; a client holds it only as an opaque token.
/// </summary>
public readonly record struct StorePosition(DateTime UpdatedUtc, Guid Id)
{
    /// <summary>The position as a client holds it: base64url of its ticks and id, opaque to the client.</summary>
    public string ToToken() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{UpdatedUtc.Ticks}|{Id}")));

    /// <summary>The position a token this service gave names; none for an empty token; a 400 naming
    /// <paramref name="field"/> for any other.</summary>
    public static StorePosition? FromToken(string? token, string field)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var parts = Base64Url.IsValid(token)
            ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|') : [];
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks
            && Guid.TryParse(parts[1], out var id)
            ? new StorePosition(new DateTime(ticks, DateTimeKind.Utc), id)
            : throw RuleViolation.Invalid(field, "The page token is not one this service gave.");
    }
}

/// <summary>One page of a cursor-paged list, and where the next starts (null when this is the last).</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, StorePosition? Next);
