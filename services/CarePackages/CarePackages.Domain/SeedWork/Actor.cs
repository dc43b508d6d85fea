namespace CarePackages.Domain.SeedWork;

/// <summary>Who is acting: a user, the role the gateway granted and the organisation they act for.</summary>
public sealed record Actor(Guid UserId, Role Role, Guid OrganisationId)
{
    public bool IsCouncil => Role is Role.Verifier or Role.SeniorVerifier or Role.Broker or Role.CouncilSafeguarding or Role.CouncilPractitioner;
}

/// <summary>
/// Roles in the verification model (P:L860): provider staff assess and plan; the council keeps
/// verification and brokerage (P:L799 "Brokerage/Verification" is a retained client function) and child protection (A L416).
/// </summary>
public enum Role
{
    ProviderPractitioner,
    ProviderQualityReviewer,
    Verifier,
    SeniorVerifier,
    Broker,
    CouncilSafeguarding,
    /// <summary>Council social care staff who take referrals, assess and plan themselves (the undelegated route).</summary>
    CouncilPractitioner,
}
