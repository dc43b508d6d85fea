using System.Text;

namespace Notifications.Domain.Deliveries;

/// <summary>
/// Rule ResponseExcerptKb: an attempt keeps at most 1 KB (1024 bytes of UTF-8) of what the receiver
/// answered, enough to show a provider its error page's first lines without storing whatever a receiver
/// sends back. The cut falls between characters, never inside one.
/// </summary>
public static class ResponseExcerpt
{
    public const int MaxBytes = 1024;

    public static string? Cut(string? body)
    {
        if (string.IsNullOrEmpty(body)) return null;
        if (Encoding.UTF8.GetByteCount(body) <= MaxBytes) return body;
        var kept = new StringBuilder();
        var bytes = 0;
        foreach (var rune in body.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxBytes) break;
            bytes += rune.Utf8SequenceLength;
            kept.Append(rune.ToString());
        }
        return kept.ToString();
    }
}
