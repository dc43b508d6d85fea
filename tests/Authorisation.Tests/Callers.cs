using System.Net.Http.Headers;
using Commissioning.Identity;

namespace Authorisation.Tests;

/// <summary>One kind of caller of the matrix; <see cref="Roles"/> null means "the roles the route's rule names".</summary>
public sealed record CallerKind(string Name, string? Organisation, string OrganisationKind, IReadOnlyList<string>? Roles)
{
    /// <summary>
    /// A partner body's users are neither provider users nor the platform's operators (who see every tenancy),
    /// so "the route's roles" leaves those two out.
    /// </summary>
    public IReadOnlyList<string> RolesFor(Rule rule) =>
        Roles ?? rule.Roles.Where(r => r is not (Commissioning.Identity.Roles.ProviderUser or Commissioning.Identity.Roles.PlatformAdmin))
            .ToList();

    public string? TokenFor(Rule rule) => Organisation is null ? null : DevelopmentTokens.Mint(new DevelopmentTokenRequest(
        $"matrix-{Name}", Organisation, RolesFor(rule), OrganisationKind: OrganisationKind));

    public void Authorise(HttpRequestMessage request, Rule rule)
    {
        if (TokenFor(rule) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}

/// <summary>
/// The callers the issue names (issue 15, "Must show"): no token; each role; the owning body; the other
/// partner of the same partnership; an organisation of another partnership (Plymouth against Wirral's
/// records); a provider party to the record (CWP, Wirral's s75 delegate) and one party to nothing.
/// </summary>
public static class Callers
{
    public const string WirralCouncil = "E08000015";
    public const string WirralCcg = "12F";
    public const string PlymouthCouncil = "E06000026";
    public const string Cwp = "RXA";
    public const string Stranger = "ZZZ99";
    /// <summary>
    /// Oak Lodge, the demo's care home (ContractsDemo.CareHomeCode): invited to Wirral's placement request.
    /// </summary>
    public const string OakLodge = "VNKAB";

    public static readonly CallerKind NoToken = new("no token", null, "", []);
    public static readonly CallerKind Owner = new("the owning body", WirralCouncil, "council", null);
    public static readonly CallerKind OtherPartner = new("the other partner", WirralCcg, "nhs", null);
    public static readonly CallerKind OtherPartnership = new("another partnership", PlymouthCouncil, "council", null);
    public static readonly CallerKind PartyProvider = new("a provider party to it", Cwp, "provider", [Roles.ProviderUser]);
    public static readonly CallerKind StrangerProvider = new("a provider party to nothing", Stranger, "provider", [Roles.ProviderUser]);
    /// <summary>
    /// Care packages' second provider party to Wirral's records: invited to its placement request, on its package.
    /// </summary>
    public static readonly CallerKind InvitedProvider =
        new("the invited provider", OakLodge, "provider", [Roles.ProviderUser]);

    /// <summary>
    /// Workforce's second employer party to Wirral's records: CWP's HR officers and commissioners, the transferee of
    /// Wirral's transfer project (A §1.1 L195), party to the project and to none of Wirral's other records.
    /// </summary>
    public static readonly CallerKind Transferee = new("the transferee's staff", Cwp, "nhs", null);

    /// <summary>The owning body's users holding one role each.</summary>
    public static IEnumerable<CallerKind> EachRole => Roles.All.Select(r => new CallerKind($"role {r}", WirralCouncil, "council", [r]));

    public static IReadOnlyList<CallerKind> All =>
        [NoToken, .. EachRole, Owner, OtherPartner, OtherPartnership, PartyProvider, StrangerProvider];

    public static int Kinds => All.Count;
}
