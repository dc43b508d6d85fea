using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Identity;

/// <param name="Subject">The user id.</param>
/// <param name="Organisation">ODS, GSS or provider code.</param>
/// <param name="OrganisationKind">"nhs", "council" or "provider".</param>
public sealed record DevelopmentTokenRequest(
    string Subject,
    string Organisation,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string>? Partnerships = null,
    string OrganisationKind = "council",
    TimeSpan? Lifetime = null);

/// <summary>
/// Mints signed tokens for the local run and the tests. The key is public (it is in this file), so a
/// service accepts these tokens only when its configuration names this key: the development
/// configuration does, production configuration names an OIDC authority instead.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "https://identity.commissioning.local";
    public const string Audience = "commissioning";
    public const string SigningKey = "Y29tbWlzc2lvbmluZy1kZXZlbG9wbWVudC1zaWduaW5nLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";

    public static string Mint(DevelopmentTokenRequest request, string signingKey = SigningKey)
    {
        foreach (var role in request.Roles)
            if (!Roles.All.Contains(role)) throw new ArgumentException($"'{role}' is not a platform role.", nameof(request));
        var claims = new List<Claim>
        {
            new(CommissioningClaims.Subject, request.Subject),
            new(CommissioningClaims.Name, request.Subject),
            new(CommissioningClaims.Organisation, request.Organisation),
            new(CommissioningClaims.OrganisationKind, request.OrganisationKind),
        };
        claims.AddRange(request.Roles.Select(r => new Claim(CommissioningClaims.Role, r)));
        claims.AddRange((request.Partnerships ?? []).Select(p => new Claim(CommissioningClaims.Partnership, p)));
        // The machine's clock, not the host's TimeProvider: the token is checked against real time when it is used.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + (request.Lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    internal static SymmetricSecurityKey Key(string base64) => new(Convert.FromBase64String(base64));
}
