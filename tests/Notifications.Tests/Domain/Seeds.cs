using System.Net;
using Commissioning.Domain;
using Notifications.Domain.Endpoints;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;

namespace Notifications.Tests.Domain;

/// <summary>The providers, clock and secrets the domain tests share.</summary>
public static class Seeds
{
    /// <summary>Registration time: 09:00 UTC on 2 March 2026.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly OrganisationCode CareHome = OrganisationCode.Of("1-101728837", "org");
    public static readonly OrganisationCode HomeCare = OrganisationCode.Of("1-2047761", "org");
    public static readonly OrganisationCode ThirdProvider = OrganisationCode.Of("1-999001", "org");

    public const string OurOrigin = "notifications.commissioning.example";

    /// <summary>A Standard Webhooks secret of 32 bytes, each <paramref name="fill"/>.</summary>
    public static SigningSecret Secret(byte fill, DateTimeOffset? at = null) =>
        SigningSecret.New(SigningSecret.Prefix + Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray()),
            at ?? Monday);

    public static EndpointAddress PublicUrl(string url = "https://rota.example-care.co.uk/hooks") =>
        EndpointAddressRule.Check(url, [IPAddress.Parse("8.8.8.8")], allowLoopback: false);

    public static WebhookEndpoint Registered(OrganisationCode? owner = null) =>
        WebhookEndpoint.Register(owner ?? CareHome, PublicUrl(),
            [ProviderEventTypes.PlacementOffered, ProviderEventTypes.PlacementAwarded], "Rostering system",
            Secret(1), Monday);

    public static WebhookEndpoint Active()
    {
        var endpoint = Registered();
        endpoint.MarkValidated(new HandshakeAnswer(200, OurOrigin, OurOrigin), Monday.AddMinutes(1));
        return endpoint;
    }

    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolation>(act);
}
