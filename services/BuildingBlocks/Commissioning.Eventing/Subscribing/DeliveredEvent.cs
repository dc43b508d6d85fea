namespace Commissioning.Eventing.Subscribing;

/// <summary>An event handed to a handler: the CloudEvent envelope and its parsed data.</summary>
public sealed record DeliveredEvent<TEvent>(CloudEvent Envelope, TEvent Data)
{
    public string Id => Envelope.Id;
    public string Type => Envelope.Type;
    public string? Subject => Envelope.Subject;
}
