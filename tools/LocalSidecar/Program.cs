using LocalSidecar;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

// A local stand-in for daprd with the pubsub.redis component: one process per app, as daprd is.
// Example: dotnet LocalSidecar.dll --app-id care-packages --app-port 5080 --dapr-http-port 3501 --dapr-grpc-port 50002
//          --redis-host 127.0.0.1:6379   (APP_API_TOKEN in the environment: sent to the app as dapr-api-token)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Configuration.AddEnvironmentVariables("SIDECAR_").AddCommandLine(args, SidecarOptions.Switches);
builder.Services.Configure<SidecarOptions>(builder.Configuration)
    .PostConfigure<SidecarOptions>(o => o.AppApiToken ??= builder.Configuration["APP_API_TOKEN"]);
var options = builder.Configuration.Get<SidecarOptions>() ?? new SidecarOptions();
if (string.IsNullOrWhiteSpace(options.AppId)) throw new ArgumentException("--app-id is required.");
builder.WebHost.ConfigureKestrel(k =>
{
    k.ListenLocalhost(options.DaprHttpPort);
    k.ListenLocalhost(options.DaprGrpcPort, l => l.Protocols = HttpProtocols.Http2);
});
builder.Logging.AddSimpleConsole(c => { c.SingleLine = true; c.TimestampFormat = "HH:mm:ss.fff "; })
    .AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);

builder.Services.AddSingleton(_ => new RedisStreams(RedisStreams.Connect(options.RedisHost)));
builder.Services.AddHttpClient<AppChannel>(http => http.Timeout = SidecarOptions.Duration(options.ProcessingTimeout) + TimeSpan.FromSeconds(5));
builder.Services.AddSingleton<TopicPublisher>();
builder.Services.AddSingleton<SubscriptionHost>();
builder.Services.AddGrpc();
builder.Services.AddGrpcReflection();
builder.Services.AddHostedService(sp => sp.GetRequiredService<SubscriptionHost>());

var app = builder.Build();

// daprd answers 204 when ready and 500 before; the Dapr JS SDK waits on /v1.0/metadata instead.
app.MapGet("/v1.0/healthz", (SubscriptionHost host) => host.Ready ? Results.NoContent() : NotReady());
app.MapGet("/v1.0/healthz/outbound", (RedisStreams redis) => redis.IsConnected ? Results.NoContent() : NotReady());
app.MapGet("/v1.0/metadata", (SubscriptionHost host, IOptions<SidecarOptions> o) => Results.Json(SidecarMetadata.Describe(o.Value, host.Subscriptions)));
app.MapPublish();
app.MapGrpcService<DaprGrpcApi>();
app.MapGrpcReflectionService();

app.Run();

static IResult NotReady() => Results.Json(new { errorCode = "ERR_HEALTH_NOT_READY", message = "dapr is not ready" }, statusCode: 500);
