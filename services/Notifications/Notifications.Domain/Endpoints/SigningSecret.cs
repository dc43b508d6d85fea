using Commissioning.Domain;

namespace Notifications.Domain.Endpoints;

/// <summary>
/// A Standard Webhooks 1.0 signing secret: "whsec_" and the base64 of 24 to 64 random bytes (the spec's
/// advice). The service draws the bytes; the domain only checks the shape and keeps the secrets' lives.
/// <see cref="RetiresAt"/> is set when a newer secret replaced this one: it signs until then.
/// </summary>
public sealed record SigningSecret(string Value, DateTimeOffset CreatedAt, DateTimeOffset? RetiresAt)
{
    public const string Prefix = "whsec_";
    private const int MinBytes = 24;
    private const int MaxBytes = 64;

    /// <summary>Rule SecretShape: the prefix and 24 to 64 bytes of base64.</summary>
    public static SigningSecret New(string? value, DateTimeOffset at)
    {
        var text = value ?? "";
        var bytes = text.StartsWith(Prefix, StringComparison.Ordinal) ? DecodedLength(text[Prefix.Length..]) : -1;
        EndpointRules.SecretShape.Require(bytes is >= MinBytes and <= MaxBytes, "secret",
            $"A signing secret is '{Prefix}' and the base64 of {MinBytes} to {MaxBytes} random bytes.");
        return new SigningSecret(text, at, null);
    }

    public bool SignsAt(DateTimeOffset at) => CreatedAt <= at && (RetiresAt is null || at < RetiresAt);

    // The secret's value is never written to logs or views.
    public override string ToString() => $"{Prefix}… (from {CreatedAt:O})";

    private static int DecodedLength(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? written : -1;
    }
}
