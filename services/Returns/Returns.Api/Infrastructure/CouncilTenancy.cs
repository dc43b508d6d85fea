using Commissioning.Identity;
using Returns.Domain.SeedWork;

namespace Returns.Api.Infrastructure;

/// <summary>
/// Returns' tenancy: the council whose return it is, by its GSS code. Council staff are party to their own
/// council's returns, auditors and platform administrators to every council's (issue 18 cap. 7, "auditors read
/// everything"), and a provider user to none, even for activity delegated to it (P: statutory returns cannot be
/// delegated), so another council's return, or any return for a provider, is a 404.
/// </summary>
public static class CouncilTenancy
{
    public static IReadOnlyCollection<string>? Of(Caller caller) => RoleOf(caller) switch
    {
        ReturnsRole.Auditor => null,
        ReturnsRole.ProviderUser => [],
        _ when caller.IsIn(Roles.PlatformAdmin) => null,
        _ => [Normal(caller.Organisation)],
    };

    /// <summary>The caller as the domain knows who acts on a return.</summary>
    public static ReturnsActor ActorOf(Caller caller) =>
        new(caller.Subject, RoleOf(caller), Normal(caller.Organisation));

    /// <summary>
    /// A provider user is one whatever else its token says; the council roles beyond returns read only.
    /// </summary>
    private static ReturnsRole RoleOf(Caller caller) =>
        caller.IsIn(Roles.ProviderUser) ? ReturnsRole.ProviderUser
        : caller.IsIn(Roles.ReturnsOfficer) ? ReturnsRole.ReturnsOfficer
        : caller.IsIn(Roles.Auditor) ? ReturnsRole.Auditor
        : ReturnsRole.CouncilOfficer;

    private static string Normal(string organisation) => organisation.Trim().ToUpperInvariant();
}
