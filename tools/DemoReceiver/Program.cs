using DemoReceiver;

// A provider system's webhook endpoint for the local platform: any number of receivers by name on one port.
// Example: dotnet DemoReceiver.dll --port 5190
//   OPTIONS /receivers/{name}          the CloudEvents webhook handshake: every origin is allowed
//   PUT     /receivers/{name}/secret   the endpoint's signing secret (as registration showed it), to verify with
//   POST    /receivers/{name}          a delivery: verified when the secret is held, kept once per webhook-id
//   GET     /receivers/{name}/deliveries
var builder = WebApplication.CreateSlimBuilder(args);
var port = builder.Configuration.GetValue("port", 5190);
builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port));
builder.Logging.AddSimpleConsole(c => { c.SingleLine = true; c.TimestampFormat = "HH:mm:ss.fff "; })
    .AddFilter("Microsoft", LogLevel.Warning);
builder.Services.AddSingleton(TimeProvider.System).AddSingleton<Receivers>();

var app = builder.Build();
var receiver = app.MapGroup("/receivers/{name}");
receiver.MapMethods("/", ["OPTIONS"], (HttpContext http) =>
{
    var origin = http.Request.Headers["WebHook-Request-Origin"].ToString();
    http.Response.Headers["WebHook-Allowed-Origin"] = origin.Length > 0 ? origin : "*";
    return Results.Ok();
});
receiver.MapPut("/secret", async (string name, HttpRequest request, Receivers receivers) =>
{
    receivers.Hold(name, (await new StreamReader(request.Body).ReadToEndAsync()).Trim());
    return Results.NoContent();
});
receiver.MapPost("/", async (string name, HttpRequest request, Receivers receivers, ILogger<Receivers> log) =>
{
    var delivery = receivers.Take(name, request.Headers, await new StreamReader(request.Body).ReadToEndAsync());
    log.LogInformation("{Receiver} got {WebhookId} ({Type}, {Subject}) verified: {Verified}", name,
        delivery.WebhookId, delivery.Type, delivery.Subject, delivery.Verified);
    return Results.NoContent();
});
receiver.MapGet("/deliveries", (string name, Receivers receivers) => Results.Json(receivers.Deliveries(name)));
app.MapGet("/health", () => Results.NoContent());

app.Run();
