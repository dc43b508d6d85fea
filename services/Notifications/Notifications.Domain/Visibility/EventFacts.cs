using Notifications.Domain.SeedWork;

namespace Notifications.Domain.Visibility;

/// <summary>
/// What an event says about providers, read from its message by the service before the visibility rule
/// is asked: the providers a placement request invites (<c>PlacementOffered.providers</c>), the provider
/// whose offer it concerns (<c>PlacementAwarded.provider</c>), the provider the event names
/// (<c>provider</c> of the contract and provider events). Contract variations and terminations carry only
/// the contract id: the service names the contract's provider from the award or novation it holds.
/// A fact the event does not give is left empty, and a rule that needs it then shows the event to nobody.
/// </summary>
public sealed record EventFacts(
    string EventType,
    IReadOnlyList<OrganisationCode> InvitedProviders,
    OrganisationCode? OfferingProvider,
    OrganisationCode? NamedProvider)
{
    public static EventFacts Invitation(string eventType, IReadOnlyList<OrganisationCode> invited) =>
        new(eventType, invited, null, null);

    public static EventFacts Offer(string eventType, OrganisationCode offering) => new(eventType, [], offering, null);

    public static EventFacts Naming(string eventType, OrganisationCode? named) => new(eventType, [], null, named);
}
