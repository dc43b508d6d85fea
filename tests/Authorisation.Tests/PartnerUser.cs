using Commissioning.Identity;

namespace Authorisation.Tests;

/// <summary>A user of one of the matrix's organisations, and a client of a service with that user's token.</summary>
public static class PartnerUser
{
    public static string Token(string organisation, params string[] roles) => DevelopmentTokens.Mint(
        new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles,
            OrganisationKind: KindOf(organisation)));

    public static HttpClient Client(Uri service, string organisation, params string[] roles) => new()
    {
        BaseAddress = service,
        DefaultRequestHeaders = { Authorization = new("Bearer", Token(organisation, roles)) },
    };

    /// <summary>
    /// The token's kind of body; no service decides anything by it (the roles and the organisation's code do).
    /// </summary>
    private static string KindOf(string organisation) => organisation switch
    {
        Callers.WirralCouncil or Callers.PlymouthCouncil => "council",
        Callers.WirralCcg => "nhs",
        _ => "provider",
    };
}
