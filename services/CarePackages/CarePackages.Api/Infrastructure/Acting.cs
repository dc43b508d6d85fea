using CarePackages.Domain.SeedWork;
using Commissioning.Domain;
using Commissioning.Identity;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The platform caller as the domain's <see cref="Actor"/>. The platform has one role per team, the
/// domain one per act, so each endpoint says in which capacity the caller acts and the role is taken
/// from the token as follows (a provider user is always treated as provider staff, whatever else the
/// token says, so a provider can never pass as the council):
/// <list type="bullet">
/// <item>provider-user: a provider practitioner; on the quality-assurance endpoint, a provider quality
/// reviewer (the domain's four-eyes rule still refuses the plan's own author);</item>
/// <item>verifier / senior-verifier: verifier / senior verifier (a senior verifier has no limit);</item>
/// <item>broker: broker (the council's care arrangers);</item>
/// <item>commissioner: council practitioner for referrals, assessments and plans; the council's
/// safeguarding manager on the safeguarding worklist.</item>
/// </list>
/// The organisation id is derived from the "org" claim, the user id from the subject (<see cref="PlatformIds"/>).
/// </summary>
public static class Acting
{
    public static Caller Caller(this HttpContext http) => Commissioning.Identity.Caller.From(http.User);

    public static bool IsProvider(this HttpContext http) => http.Caller().IsIn(Roles.ProviderUser);

    public static string OrganisationCode(this HttpContext http) => PlatformIds.NormalCode(http.Caller().Organisation);

    /// <summary>Whoever the caller is, in the capacity their token gives them (raising a concern, reading a record).</summary>
    public static Actor AsThemselves(this HttpContext http)
    {
        var caller = http.Caller();
        var role = caller switch
        {
            _ when caller.IsIn(Roles.ProviderUser) => Role.ProviderPractitioner,
            _ when caller.IsIn(Roles.SeniorVerifier) => Role.SeniorVerifier,
            _ when caller.IsIn(Roles.Verifier) => Role.Verifier,
            _ when caller.IsIn(Roles.Broker) => Role.Broker,
            _ => Role.CouncilPractitioner,
        };
        return Actor(caller, role);
    }

    public static Actor AsPractitioner(this HttpContext http) =>
        Actor(http.Caller(), http.IsProvider() ? Role.ProviderPractitioner : Role.CouncilPractitioner);

    public static Actor AsQualityReviewer(this HttpContext http) =>
        Actor(http.Caller(), http.IsProvider() ? Role.ProviderQualityReviewer : Role.CouncilPractitioner);

    public static Actor AsVerifier(this HttpContext http)
    {
        var caller = http.Caller();
        if (caller.IsIn(Roles.ProviderUser)) return Actor(caller, Role.ProviderPractitioner);
        return Actor(caller, caller.IsIn(Roles.SeniorVerifier) ? Role.SeniorVerifier : Role.Verifier);
    }

    public static Actor AsBroker(this HttpContext http) =>
        Actor(http.Caller(), http.IsProvider() ? Role.ProviderPractitioner : Role.Broker);

    public static Actor AsSafeguarding(this HttpContext http) =>
        Actor(http.Caller(), http.IsProvider() ? Role.ProviderPractitioner : Role.CouncilSafeguarding);

    /// <summary>Provider staff work only on records of their own organisation; council staff on all.</summary>
    public static void DemandOwn(this HttpContext http, Guid organisationId, string field, string what)
    {
        if (http.IsProvider() && PlatformIds.Organisation(http.Caller().Organisation) != organisationId)
            throw CarePackagesApiRules.OwnOrganisationsRecords.Broken(field,
                $"This {what} belongs to another organisation.");
    }

    private static Actor Actor(Caller caller, Role role) =>
        new(PlatformIds.User(caller.Subject), role, PlatformIds.Organisation(caller.Organisation));
}
