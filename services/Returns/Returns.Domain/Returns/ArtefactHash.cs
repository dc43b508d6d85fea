using Commissioning.Domain;

namespace Returns.Domain.Returns;

/// <summary>The submitted artefact's SHA-256, computed at the edge over the exact bytes sent.</summary>
public static class ArtefactHash
{
    /// <summary>Rule Sha256Hex: 64 hexadecimal digits, held in lower case.</summary>
    public static string Checked(string? sha256)
    {
        var hash = (sha256 ?? "").Trim().ToLowerInvariant();
        ReturnRules.ArtefactHashShape.Require(hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower),
            "artefactSha256",
            "The artefact's SHA-256 is 64 hexadecimal digits.");
        return hash;
    }
}
