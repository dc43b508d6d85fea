using System.Net.Http.Headers;
using Commissioning.Identity;
using Commissioning.Testing;

namespace Notifications.Tests.Process;

/// <summary>
/// The notifications service as its own process (`dotnet Notifications.Api.dll`, Development settings) on loopback
/// ports, its SQLite store in <paramref name="data"/>, sweeping every 100 ms with a short delivery lease, so a test
/// can kill it (SIGKILL, as a crash) and start it again on the same store. Ready when its REST port listens.
/// </summary>
public sealed class NotificationsProcess : DotnetProgram
{
    private const string Project = "services/Notifications/Notifications.Api";

    private NotificationsProcess(int port, IDictionary<string, string> environment)
        : base(Project, "Notifications.Api", [],
            p => FreePort.WaitUntilListening(port, TimeSpan.FromSeconds(60), () => p.CurrentOutput), environment) =>
        Address = new Uri($"http://127.0.0.1:{port}");

    public Uri Address { get; }

    /// <param name="lease">How long a claim on a delivery holds: the restarted process waits it out for the attempt
    /// the killed one had in flight.</param>
    public static async Task<NotificationsProcess> Start(string data, TimeSpan lease)
    {
        var port = FreePort.Next();
        var service = new NotificationsProcess(port, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(Built(Project, "Notifications.Api"))!,
            ["Ports__Address"] = "127.0.0.1",
            ["Ports__Http"] = port.ToString(),
            ["Ports__Grpc"] = FreePort.Next().ToString(),
            ["Store__DataDirectory"] = data,
            ["Notifications__DeliverySweepInterval"] = "00:00:00.1",
            ["Notifications__DeliveryLease"] = lease.ToString(),
        });
        await service.StartAsync();
        return service;
    }

    /// <summary>A client of the service; with <paramref name="organisation"/>, acting as its provider user.</summary>
    public HttpClient Client(string? organisation = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (organisation is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation,
                    [Roles.ProviderUser])));
        return client;
    }
}
