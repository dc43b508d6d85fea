using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// Production identity: the service is given only an issuer's address and finds the signing keys in
/// its OIDC metadata (here an RSA key published by a stand-in issuer on loopback), never a shared secret.
/// </summary>
public sealed class OidcIssuerTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _data = Directory.CreateTempSubdirectory("oidc-").FullName;
    private WebApplication _issuer = null!;
    private SampleApp _service = null!;
    private string _authority = "";

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        _authority = $"http://127.0.0.1:{port}";
        _issuer = await StartIssuer(port);
        _service = await SampleApp.Start(new StoreOptions { DataDirectory = _data }, new Dictionary<string, string?>
        {
            ["Identity:SigningKey"] = "",
            ["Identity:Authority"] = _authority,
            ["Identity:Issuer"] = _authority,
            ["Identity:RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _issuer.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_token_signed_with_the_issuers_published_key_is_accepted_and_a_development_token_is_not()
    {
        using var client = SampleClient.For(_service);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new RsaSecurityKey(_key) { KeyId = "issuer-key" }));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/funds/{Guid.NewGuid()}")).StatusCode);

        using var development = SampleClient.For(_service, "finance-officer");
        Assert.Equal(HttpStatusCode.Unauthorized, (await development.GetAsync($"/api/v1/funds/{Guid.NewGuid()}")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "issuer-key" }));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/funds/{Guid.NewGuid()}")).StatusCode);
    }

    private string Token(SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = _authority,
        Audience = "commissioning",
        Claims = new Dictionary<string, object> { ["sub"] = "oidc-user", ["org"] = "E08000015", ["role"] = "finance-officer" },
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    private async Task<WebApplication> StartIssuer(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(_authority);
        var issuer = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "issuer-key" });
        issuer.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["jwks_uri"] = $"{_authority}/jwks",
        }));
        issuer.MapGet("/jwks", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[] { new Dictionary<string, string> { ["kty"] = jwk.Kty, ["kid"] = jwk.Kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = jwk.N, ["e"] = jwk.E } },
        }));
        await issuer.StartAsync();
        await FreePort.WaitUntilListening(port, TimeSpan.FromSeconds(10));
        return issuer;
    }
}
