using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// JWT bearer validation as the default scheme, one authorization policy per role, and a fallback
    /// policy that requires an authenticated caller, so nothing is anonymous unless an endpoint says
    /// AllowAnonymous (health and API documentation only).
    /// </summary>
    public static IServiceCollection AddCommissioningIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Read when first needed, not now, so configuration added later (test hosts) is seen.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IConfiguration>((jwt, config) =>
            Configure(jwt, config.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions()));
        services.AddAuthorization(authorization =>
        {
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var role in Roles.All)
                authorization.AddPolicy(role, policy => policy.RequireClaim(CommissioningClaims.Role, role));
        });
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, IdentityOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = options.Authority;
        if (options.MetadataAddress is not null) jwt.MetadataAddress = options.MetadataAddress;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            NameClaimType = CommissioningClaims.Name,
            RoleClaimType = CommissioningClaims.Role,
            ClockSkew = TimeSpan.FromSeconds(30),
            IssuerSigningKey = options.SigningKey is { Length: > 0 } key ? DevelopmentTokens.Key(key) : null,
        };
        if (options.Authority is null && options.MetadataAddress is null && options.SigningKey is null)
            throw new InvalidOperationException(
                "Identity: set Identity:Authority (production) or Identity:SigningKey (development) so tokens can be validated.");
    }
}
