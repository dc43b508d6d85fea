using System.Security.Claims;
using Commissioning.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// A named policy admits a caller in any of its roles, as RequireRole did, and no one holding a role it
/// refuses; a policy that could admit no one, or shadows a role's own policy, fails at registration.
/// </summary>
public sealed class RolePolicyTests
{
    private static readonly RolePolicy ReadsPartnerships =
        new("reads-partnerships", [Roles.Commissioner, Roles.PlatformAdmin], Refuses: [Roles.ProviderUser]);

    [Theory]
    [InlineData(new[] { Roles.Commissioner }, true)]
    [InlineData(new[] { Roles.PlatformAdmin }, true)]
    [InlineData(new[] { Roles.Broker }, false)]
    [InlineData(new[] { Roles.Commissioner, Roles.ProviderUser }, false)]
    [InlineData(new string[0], false)]
    public async Task A_policy_admits_its_roles_and_refuses_what_it_refuses(string[] roles, bool admitted)
    {
        var authorization = new ServiceCollection().AddLogging().AddCommissioningPolicies(ReadsPartnerships)
            .BuildServiceProvider().GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            roles.Select(r => new Claim(CommissioningClaims.Role, r)), "test", CommissioningClaims.Name,
            CommissioningClaims.Role));

        Assert.Equal(admitted, (await authorization.AuthorizeAsync(user, ReadsPartnerships.Name)).Succeeded);
    }

    [Fact]
    public void A_policy_of_no_role_an_unknown_role_a_roles_name_or_twice_is_refused_at_registration()
    {
        Assert.Throws<ArgumentException>(() => Register(new RolePolicy("reads-nothing", [])));
        Assert.Throws<ArgumentException>(() => Register(new RolePolicy("reads-it", ["clerk"])));
        Assert.Throws<ArgumentException>(() => Register(new RolePolicy(Roles.Broker, [Roles.Broker])));
        Assert.Throws<ArgumentException>(() => Register(ReadsPartnerships, ReadsPartnerships));
    }

    private static void Register(params RolePolicy[] policies) =>
        new ServiceCollection().AddCommissioningPolicies(policies);
}
