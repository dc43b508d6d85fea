using Commissioning.Domain;
using Notifications.Domain.Deliveries;

namespace Notifications.Domain.Endpoints;

public sealed partial class WebhookEndpoint
{
    /// <summary>When deliveries started failing with none succeeding since; null while healthy.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>
    /// Rule ActiveOnlyOnceValidated: the receiver answered the CloudEvents handshake, so the endpoint
    /// becomes active. An answer that does not agree is refused and the endpoint stays as it was.
    /// </summary>
    public void MarkValidated(HandshakeAnswer answer, DateTimeOffset at)
    {
        if (Status != EndpointStatus.AwaitingValidation)
            throw EndpointRules.AwaitingValidation.Broken("endpointId",
                $"The endpoint is {Status}, not awaiting validation.");
        if (!CloudEventsHandshake.Agrees(answer))
            throw EndpointRules.HandshakeAnswered.Broken("url",
                $"The receiver did not allow origin '{answer.RequestOrigin}' "
                + $"(answered {answer.StatusCode}, WebHook-Allowed-Origin '{answer.AllowedOrigin}').");
        Status = EndpointStatus.Active;
        ValidatedAt = at;
        Raise(new EndpointValidated(Id, Owner, at));
    }

    /// <summary>Stops every delivery to the endpoint; the reason is shown on its view and sent in the event.</summary>
    public void Disable(string reason, DateTimeOffset at)
    {
        EndpointRules.DisablingReasonGiven.Require(!string.IsNullOrWhiteSpace(reason), "reason",
            "Say why the endpoint is disabled.");
        if (Status == EndpointStatus.Disabled)
            throw EndpointRules.DisabledOnce.Broken("endpointId", "The endpoint is already disabled.");
        Status = EndpointStatus.Disabled;
        DisabledReason = reason.Trim();
        DisabledAt = at;
        Raise(new EndpointDisabled(Id, Owner, DisabledReason, at));
    }

    /// <summary>
    /// Rule EnabledMeansValidatedAgain: a re-enabled endpoint waits for a fresh handshake, because it was
    /// off (a 410, days of failures, its provider's choice) and the receiver may have moved or changed.
    /// Its failure streak starts again.
    /// </summary>
    public void Enable(DateTimeOffset at)
    {
        if (Status != EndpointStatus.Disabled)
            throw EndpointRules.EnableOnlyDisabled.Broken("endpointId", "Only a disabled endpoint can be enabled.");
        Status = EndpointStatus.AwaitingValidation;
        DisabledReason = null;
        DisabledAt = null;
        ValidatedAt = null;
        FailingSince = null;
        Raise(new EndpointEnabled(Id, Owner, at));
    }

    /// <summary>A delivery succeeded: the endpoint is healthy again.</summary>
    public void RecordDeliverySucceeded() => FailingSince = null;

    /// <summary>
    /// A delivery attempt failed. Rules GoneDisables and FailingFiveDaysDisables (DeliverySchedule): a 410
    /// answer disables at once; failures with no success in between for 5 days disable the endpoint.
    /// </summary>
    public void RecordDeliveryFailed(int? statusCode, DateTimeOffset at)
    {
        if (Status == EndpointStatus.Disabled) return;
        FailingSince ??= at;
        if (DeliverySchedule.DisablesEndpoint(statusCode))
            Disable($"The receiver answered {statusCode} Gone.", at);
        else if (DeliverySchedule.FailedTooLong(FailingSince.Value, at))
            Disable($"Every delivery has failed since {FailingSince.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC "
                + $"({DeliverySchedule.FailingLimit.TotalDays} days).", at);
    }
}
