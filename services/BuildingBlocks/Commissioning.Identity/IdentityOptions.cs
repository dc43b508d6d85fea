namespace Commissioning.Identity;

/// <summary>
/// The "Identity" configuration section. In production set <see cref="Authority"/> (or
/// <see cref="MetadataAddress"/>): signing keys then come from the issuer's OIDC metadata. In
/// development and tests set <see cref="SigningKey"/> to the shared key the DevToken tool signs with.
/// </summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    public string Issuer { get; set; } = DevelopmentTokens.Issuer;
    public string Audience { get; set; } = DevelopmentTokens.Audience;
    public string? Authority { get; set; }
    public string? MetadataAddress { get; set; }
    /// <summary>A symmetric key (base64, at least 256 bits) for development only.</summary>
    public string? SigningKey { get; set; }
    /// <summary>Allow plain-http metadata (a local identity server); never in production.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
