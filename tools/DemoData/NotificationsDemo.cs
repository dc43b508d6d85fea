using System.Net.Http.Json;
using System.Text;
using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// Oak Lodge's rostering system subscribes to what the platform tells a care home: its provider user registers a
/// webhook endpoint on the local demo receiver (tools/DemoReceiver) and hands the secret the registration shows to
/// the receiver, which verifies every delivery with it. Loaded before the brokerage demo, so the placement request
/// that invites Oak Lodge is delivered there.
/// </summary>
public static class NotificationsDemo
{
    public const string ReceiverName = "oak-lodge";

    /// <summary>The event types a care home's systems act on: invitations, awards, its contracts and rates.</summary>
    private static readonly string[] EventTypes =
    [
        "commissioning.care-packages.placement-offered.v1", "commissioning.care-packages.placement-awarded.v1",
        "commissioning.contracts.contract-awarded.v1", "commissioning.contracts.rate-changed.v1",
    ];

    /// <summary>The endpoint's URL on the receiver, for the tour.</summary>
    public static async Task<string> Load(DemoClient api, Uri receiver)
    {
        var url = new Uri(receiver, $"/receivers/{ReceiverName}").ToString();
        using var oakLodge = CarePathway.Client(() => new HttpClient { BaseAddress = api.Gateway }, "oak-lodge-manager",
            ContractsDemo.CareHomeCode, Roles.ProviderUser);
        var issued = await Registered(oakLodge, url) is { } existing
            ? await CarePathway.Read(await oakLodge.PostAsJsonAsync(
                $"/api/v1/webhook-endpoints/{existing}/secret-rotations", new { overlapHours = 1 }))
            : await CarePathway.Read(await oakLodge.PostAsJsonAsync("/api/v1/webhook-endpoints", new
            {
                url, eventTypes = EventTypes, description = "Oak Lodge rostering (demo receiver)",
            }));
        using var toReceiver = new HttpClient();
        using var secret = new StringContent(issued.GetProperty("secret").GetString()!, Encoding.UTF8);
        (await toReceiver.PutAsync($"{url}/secret", secret)).EnsureSuccessStatusCode();
        return url;
    }

    /// <summary>The endpoint a run over kept data (KEEP_DATA=1) registered before: its secret is rotated, since
    /// the receiver starts afresh and registration shows a secret only once.</summary>
    private static async Task<Guid?> Registered(HttpClient oakLodge, string url) =>
        (await CarePathway.Read(await oakLodge.GetAsync("/api/v1/webhook-endpoints"))).EnumerateArray()
            .Where(e => e.GetProperty("url").GetString() == url).Select(e => (Guid?)CarePathway.Id(e)).FirstOrDefault();
}
