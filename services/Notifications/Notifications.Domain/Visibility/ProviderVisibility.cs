using Notifications.Domain.SeedWork;

namespace Notifications.Domain.Visibility;

/// <summary>
/// Which provider organisations may see an event: one explicit rule per event type, all in the table
/// below, so what a provider learns is decided in one place (issue 19 capability 2). An event type the
/// table does not name is seen by no provider: a new event reaches providers only once someone adds
/// its row. Commissioners are not providers and are not decided here.
/// </summary>
public static class ProviderVisibility
{
    private static readonly IReadOnlyDictionary<string, VisibilityRule> Table = new Dictionary<string, VisibilityRule>
    {
        [ProviderEventTypes.PlacementOffered] = VisibilityRule.InvitedProviders,
        [ProviderEventTypes.PlacementAwarded] = VisibilityRule.OfferingProviderOnly,
        [ProviderEventTypes.ContractAwarded] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ContractVaried] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ContractNovated] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ContractTerminated] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.RateChanged] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ProviderSuspended] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ProviderEligibleAgain] = VisibilityRule.NamedProviderOnly,
        [ProviderEventTypes.ProviderAdmitted] = VisibilityRule.NamedProviderOnly,
    };

    /// <summary>Every event type the table names, in a stable order (the AsyncAPI document lists the same).</summary>
    public static IReadOnlyList<string> EventTypes { get; } = Table.Keys.Order(StringComparer.Ordinal).ToArray();

    public static bool Names(string eventType) => Table.ContainsKey(eventType);

    /// <summary>The rule the table gives <paramref name="eventType"/>, or null when it names no such type.</summary>
    public static VisibilityRule? RuleFor(string eventType) =>
        Table.TryGetValue(eventType, out var rule) ? rule : null;

    /// <summary>The providers that may see the event; none for a type the table does not name.</summary>
    public static IReadOnlySet<OrganisationCode> SeenBy(EventFacts facts) => RuleFor(facts.EventType) switch
    {
        VisibilityRule.InvitedProviders => facts.InvitedProviders.ToHashSet(),
        VisibilityRule.OfferingProviderOnly => Only(facts.OfferingProvider),
        VisibilityRule.NamedProviderOnly => Only(facts.NamedProvider),
        _ => new HashSet<OrganisationCode>(),
    };

    public static bool MaySee(EventFacts facts, OrganisationCode provider) => SeenBy(facts).Contains(provider);

    private static HashSet<OrganisationCode> Only(OrganisationCode? provider) => provider is { } p ? [p] : [];
}

/// <summary>The kinds of rule the table uses; each reads one fact of <see cref="EventFacts"/>.</summary>
public enum VisibilityRule
{
    /// <summary>A placement request: only the providers invited to it, never the others in the market.</summary>
    InvitedProviders,
    /// <summary>An offer's ranking or award: only the provider who offered, never its competitors.</summary>
    OfferingProviderOnly,
    /// <summary>A contract, rate card, suspension or admission: only the provider it names.</summary>
    NamedProviderOnly,
}
