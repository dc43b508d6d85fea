using Commissioning.Domain;
using Commissioning.Testing;
using Notifications.Domain.Endpoints;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class WebhookEndpointTests
{
    [Fact]
    public void A_registered_endpoint_waits_for_the_handshake()
    {
        var endpoint = Registered();

        Assert.Equal(EndpointStatus.AwaitingValidation, endpoint.Status);
        Assert.False(endpoint.IsActive);
        Assert.True(endpoint.Wants(ProviderEventTypes.PlacementOffered));
        Assert.False(endpoint.Wants(ProviderEventTypes.ContractAwarded));
        Assert.Equal("Rostering system", endpoint.Description);
        Assert.IsType<EndpointRegistered>(Assert.Single(endpoint.DomainEvents));
    }

    [Theory]
    [InlineData(200, OurOrigin)]
    [InlineData(200, "*")]
    [InlineData(204, "NOTIFICATIONS.commissioning.example")]
    public void The_handshake_answered_activates_it(int status, string allowed)
    {
        var endpoint = Registered();

        endpoint.MarkValidated(new HandshakeAnswer(status, allowed, OurOrigin), Monday.AddMinutes(1));

        Assert.True(endpoint.IsActive);
        Assert.Equal(Monday.AddMinutes(1), endpoint.ValidatedAt);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(200, "someone-else.example")]
    [InlineData(302, OurOrigin)]
    [InlineData(404, OurOrigin)]
    public void A_handshake_not_answered_leaves_it_inactive(int status, string? allowed)
    {
        var endpoint = Registered();

        var answer = new HandshakeAnswer(status, allowed, OurOrigin);

        var violation = Violation(() => endpoint.MarkValidated(answer, Monday));

        Assert.Equal(ViolationKind.Precondition, violation.Kind);
        Assert.Equal(EndpointStatus.AwaitingValidation, endpoint.Status);
    }

    [Fact]
    public void It_wants_only_event_types_a_provider_is_shown()
    {
        Assert.Equal(("eventTypes", EndpointRules.EventTypesNamed), Violation(() => WebhookEndpoint.Register(
            CareHome, PublicUrl(), [], null, Secret(1), Monday)).Named());
        Assert.Contains("commissioning.workforce.staff-transferred.v1", Violation(() => WebhookEndpoint.Register(
            CareHome, PublicUrl(), ["commissioning.workforce.staff-transferred.v1"], null, Secret(1),
            Monday)).Message);
    }

    [Fact]
    public void During_the_24_hour_overlap_both_secrets_sign_then_only_the_new()
    {
        var endpoint = Active();
        var rotatedAt = Monday.AddDays(1);

        endpoint.RotateSecret(Secret(2), rotatedAt);

        Assert.Equal([Secret(2).Value, Secret(1).Value],
            endpoint.SigningSecrets(rotatedAt.AddHours(23)).Select(s => s.Value));
        Assert.Equal([Secret(2).Value], endpoint.SigningSecrets(rotatedAt.AddHours(24)).Select(s => s.Value));
        Assert.Equal(rotatedAt.AddHours(24), endpoint.DomainEvents.OfType<EndpointSecretRotated>().Single()
            .PreviousSignsUntil);
    }

    [Fact]
    public void A_rotation_may_ask_for_another_overlap_up_to_a_week()
    {
        var endpoint = Active();
        endpoint.RotateSecret(Secret(2), Monday, TimeSpan.FromHours(2));

        Assert.Equal(2, endpoint.SigningSecrets(Monday.AddHours(1)).Count);
        Assert.Single(endpoint.SigningSecrets(Monday.AddHours(2)));
        Assert.Equal("overlap", Violation(() => endpoint.RotateSecret(Secret(3), Monday, TimeSpan.FromDays(8))).Field);
        Assert.Equal("overlap", Violation(() => endpoint.RotateSecret(Secret(3), Monday, TimeSpan.Zero)).Field);
    }

    [Fact]
    public void A_second_rotation_during_the_overlap_keeps_two_secrets()
    {
        var endpoint = Active();
        endpoint.RotateSecret(Secret(2), Monday.AddHours(1));
        endpoint.RotateSecret(Secret(3), Monday.AddHours(2));

        Assert.Equal([Secret(3).Value, Secret(2).Value],
            endpoint.SigningSecrets(Monday.AddHours(3)).Select(s => s.Value));
        Assert.Equal("secret", Violation(() => endpoint.RotateSecret(Secret(3), Monday.AddHours(4))).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("whsec_")]
    [InlineData("whsec_c2hvcnQ=")]
    [InlineData("sk_AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=")]
    [InlineData("whsec_not base64 at all!!")]
    public void A_secret_is_whsec_and_24_to_64_bytes(string value) =>
        Assert.Equal(("secret", EndpointRules.SecretShape), Violation(() => SigningSecret.New(value, Monday)).Named());

    [Fact]
    public void Disable_gives_its_reason_and_enable_asks_for_the_handshake_again()
    {
        var endpoint = Active();

        endpoint.Disable("Moving to a new rostering system", Monday.AddDays(2));
        Assert.Equal((EndpointStatus.Disabled, "Moving to a new rostering system"),
            (endpoint.Status, endpoint.DisabledReason));
        Assert.Equal("Moving to a new rostering system",
            endpoint.DomainEvents.OfType<EndpointDisabled>().Single().Reason);

        endpoint.Enable(Monday.AddDays(3));
        Assert.Equal(EndpointStatus.AwaitingValidation, endpoint.Status);
        Assert.Null(endpoint.DisabledReason);
        Assert.Equal(ViolationKind.Precondition, Violation(() => endpoint.Enable(Monday.AddDays(3))).Kind);
    }

    [Fact]
    public void A_410_disables_the_endpoint_at_once()
    {
        var endpoint = Active();

        endpoint.RecordDeliveryFailed(410, Monday.AddHours(1));

        Assert.Equal(EndpointStatus.Disabled, endpoint.Status);
        Assert.Contains("410", endpoint.DisabledReason);
    }

    [Fact]
    public void Five_days_of_failures_disable_it_a_success_between_starts_the_count_again()
    {
        var endpoint = Active();
        endpoint.RecordDeliveryFailed(500, Monday);
        endpoint.RecordDeliveryFailed(null, Monday.AddDays(4));
        endpoint.RecordDeliverySucceeded();
        endpoint.RecordDeliveryFailed(503, Monday.AddDays(4).AddHours(1));
        endpoint.RecordDeliveryFailed(503, Monday.AddDays(9));
        Assert.True(endpoint.IsActive);

        endpoint.RecordDeliveryFailed(503, Monday.AddDays(9).AddHours(1));

        Assert.Equal(EndpointStatus.Disabled, endpoint.Status);
        Assert.Contains("since 2026-03-06 10:00 UTC (5 days)", endpoint.DisabledReason);
    }

    [Fact]
    public void Only_its_own_organisation_may_change_it()
    {
        var endpoint = Registered(CareHome);

        endpoint.RequireOwner(OrganisationCode.Of(" 1-101728837 ", "org"));
        Assert.Equal(ViolationKind.Forbidden, Violation(() => endpoint.RequireOwner(HomeCare)).Kind);
    }
}
