namespace Returns.Domain.SeedWork;

/// <summary>
/// Who acts on a return: the user, the role the gateway granted and the organisation code they act for.
/// </summary>
public sealed record ReturnsActor(string UserId, ReturnsRole Role, string Organisation);

/// <summary>
/// Roles over statutory returns. The provider collects data, the council makes the return (DOMAIN.md
/// L101-102; P: statutory returns cannot be delegated); auditors read everything (issue 18 cap. 7).
/// </summary>
public enum ReturnsRole
{
    /// <summary>A council's returns officer: the only role that signs off and submits.</summary>
    ReturnsOfficer,
    /// <summary>Other council staff: they see their council's returns and may not sign or submit.</summary>
    CouncilOfficer,
    /// <summary>Reads every council's returns, changes none.</summary>
    Auditor,
    /// <summary>A provider's user, even for activity delegated to the provider: never signs or submits.</summary>
    ProviderUser,
}
