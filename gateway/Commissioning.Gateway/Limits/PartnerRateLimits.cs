using System.Globalization;
using System.Threading.RateLimiting;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Commissioning.Gateway.Limits;

/// <summary>The "RateLimits" section: a token bucket per partner organisation.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests an organisation may make in a burst.</summary>
    public int Burst { get; set; } = 200;
    /// <summary>Requests per second an organisation earns back.</summary>
    public int PerSecond { get; set; } = 100;
}

/// <summary>
/// The "partner" policy that routes name as their RateLimiterPolicy: each partner organisation (the
/// token's "org" claim) gets its own bucket, so one partner's batch job cannot starve the others.
/// Past the limit the answer is 429 with Retry-After. The gateway's own anonymous endpoints
/// (health, documentation, reflection) name no policy and are not limited.
/// </summary>
public static class PartnerRateLimits
{
    public const string Policy = "partner";

    public static void AddPartnerRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
                context.User.FindFirst(CommissioningClaims.Organisation)?.Value is { } organisation
                    ? RateLimitPartition.GetTokenBucketLimiter(organisation, _ => Bucket(context))
                    : RateLimitPartition.GetNoLimiter("anonymous"));
            limiter.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Write(rejected.HttpContext, 429, "Too many requests from your organisation.",
                    $"Retry after {seconds} second(s).");
            };
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Burst,
            TokensPerPeriod = options.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
