using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Commissioning.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace EndToEnd.Tests;

/// <summary>
/// The gateway and every service, each on its own port, refuse a token that is expired, forged (signed
/// with another key), unsigned (alg "none"), from another issuer or for another audience: 401 with a
/// problem body, while the same request with a sound token is answered.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RefusedTokensTests(LocalPlatform platform)
{
    public static TheoryData<string, int, string> Surfaces => new()
    {
        { "gateway", -1, "/api/v1/partnerships" },
        { "pooled-finance", 0, "/api/v1/partnerships" },
        { "contracts", 10, "/api/v1/contracts" },
        { "care-packages", 20, "/api/v1/placement-requests" },
    };

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task Expired_forged_unsigned_and_misaddressed_tokens_are_refused(string surface, int portOffset, string path)
    {
        var address = portOffset < 0 ? platform.Gateway : new Uri($"http://127.0.0.1:{platform.ServicePortBase + portOffset}");
        using var client = new HttpClient { BaseAddress = address };

        Assert.Equal(HttpStatusCode.OK, (await Get(client, path, Token())).StatusCode);
        foreach (var (flaw, token) in FlawedTokens())
        {
            using var refused = await Get(client, path, token);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{surface} took a token {flaw}: {(int)refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    private static IEnumerable<(string Flaw, string Token)> FlawedTokens()
    {
        var now = DateTime.UtcNow;
        yield return ("that expired an hour ago", Token(notBefore: now.AddHours(-9), expires: now.AddHours(-1)));
        yield return ("signed with another key", Token(key: RandomNumberGenerator.GetBytes(64)));
        yield return ("from another issuer", Token(issuer: "https://identity.example.org"));
        yield return ("for another audience", Token(audience: "another-platform"));
        yield return ("with alg none", Unsigned());
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string token) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, path)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });

    /// <summary>A Wirral Council commissioner and finance officer's token, sound unless told otherwise.</summary>
    private static string Token(string issuer = DevelopmentTokens.Issuer, string audience = DevelopmentTokens.Audience,
        byte[]? key = null, DateTime? notBefore = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(Claims()),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(key ?? Convert.FromBase64String(DevelopmentTokens.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The sound token's header and claims with "alg": "none" and no signature.</summary>
    private static string Unsigned()
    {
        var claims = new JsonWebToken(Token()).EncodedPayload;
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        return $"{header}.{claims}.";
    }

    private static IEnumerable<Claim> Claims() =>
    [
        new(CommissioningClaims.Subject, "user-of-E08000015"),
        new(CommissioningClaims.Organisation, "E08000015"),
        new(CommissioningClaims.OrganisationKind, "council"),
        new(CommissioningClaims.Role, Roles.Commissioner),
        new(CommissioningClaims.Role, Roles.FinanceOfficer),
        new(CommissioningClaims.Partnership, "wirral"),
    ];
}
