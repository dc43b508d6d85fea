using System.Security.Cryptography;
using Commissioning.Persistence;

namespace Returns.Api.Extracts;

/// <summary>
/// A submitted version's artefact: the exact bytes sent, their media type and SHA-256 (lower-case hex), kept
/// once per return and version and never changed (DOMAIN.md L113-114 "the artefact is immutable and hashed").
/// </summary>
public sealed class SubmittedArtefact : IAppendOnly
{
    public Guid ReturnId { get; init; }
    public int Version { get; init; }
    public required string Council { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
    public required string Sha256 { get; init; }
    public DateTime StoredUtc { get; init; }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
