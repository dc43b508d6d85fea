using Commissioning.Domain;

namespace Contracts.Domain.Providers;

/// <summary>The rules a provider's record (CQC location and rating, capacity, standing) is kept by.</summary>
public static class ProviderRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule CapacityNotNegative = new("capacity-not-negative", Invalid,
        "A provider's capacity in a segment is a number of places, none or more.");
    public static readonly Rule CqcLocationIdShape = new("cqc-location-id-shape", Invalid,
        "A CQC location id is written like 1-101663962.");
    public static readonly Rule RatingPublished = new("cqc-rating-published", Invalid,
        "A rating recorded is one CQC published, not 'not yet rated'.");
    public static readonly Rule RatedLocationRegistered = new("cqc-rated-location-registered", Invalid,
        "Only a provider with a CQC location has a CQC rating.");
    public static readonly Rule RatingsNeverOlder = new("cqc-rating-not-older", Invalid,
        "A rating recorded is no older than the one the provider holds.");
    public static readonly Rule SeriousConcernOpen = new("serious-concern-open", State,
        "Only an open serious concern is closed.");
    public static readonly Rule SuspendedWhenActive = new("provider-suspended-when-active", State,
        "Only an active provider is suspended.");
    public static readonly Rule ReinstatedWhenSuspended = new("provider-reinstated-when-suspended", State,
        "Only a suspended provider is reinstated; exclusion is final.");
    public static readonly Rule ExcludedOnce = new("provider-excluded-once", State,
        "A provider is excluded once; exclusion is final.");
}
