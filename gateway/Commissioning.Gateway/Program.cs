using Commissioning.Gateway.Documentation;
using Commissioning.Gateway.Health;
using Commissioning.Gateway.Idempotency;
using Commissioning.Gateway.Limits;
using Commissioning.Gateway.Routing;
using Commissioning.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("gateway");
builder.AddGatewayProxy();
builder.Services.AddSingleton<RedisConnection>();
builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration("Idempotency");
builder.Services.AddSingleton<IdempotencyStore>();
builder.Services.AddSingleton<MergedOpenApi>();
builder.Services.AddPartnerRateLimits();
builder.Services.AddBackendHealth();
builder.Services.AddGatewayGrpc();

var app = builder.Build();
app.MapServiceDefaults(mapOpenApi: false);
// After routing (WebApplication routes first) so that each route's RateLimiterPolicy is seen.
app.UseRateLimiter();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapGet("/openapi/v1.json", async (MergedOpenApi openApi, CancellationToken cancellationToken) =>
    Results.Json(await openApi.Build(cancellationToken))).AllowAnonymous();
app.MapApiReference();
app.MapGatewayGrpc();
app.MapGatewayProxy();

await app.RunAsync();

public partial class Program;
