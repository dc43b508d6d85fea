using System.Text.RegularExpressions;
using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.Providers;

/// <summary>
/// A care or health provider the partners commission from: its ODS code, CQC location and rating,
/// living-wage status, capacity by market segment and standing with the commissioners.
/// </summary>
public sealed partial class Provider : AggregateRoot
{
    private readonly List<ProviderCapacity> _capacity = [];

    private Provider() { }

    public string Name { get; private set; } = "";
    public string OdsCode { get; private set; } = "";
    public ProviderSector Sector { get; private set; }
    /// <summary>CQC location id ("1-101663962"); absent for providers of unregulated services only.</summary>
    public string? CqcLocationId { get; private set; }
    public CqcRating CqcRating { get; private set; } = CqcRating.NotYetRated;
    public DateOnly? CqcRatedOn { get; private set; }
    public LivingWageStatus LivingWage { get; private set; } = LivingWageStatus.Unconfirmed;
    public ProviderStatus Status { get; private set; } = ProviderStatus.Active;
    public string? StatusReason { get; private set; }
    /// <summary>The council's serious-concerns process is open on this provider (Oxfordshire DPS pattern, anchors B.7).</summary>
    public string? SeriousConcern { get; private set; }
    public IReadOnlyCollection<ProviderCapacity> Capacity => _capacity;

    public static Provider Register(string name, string odsCode, ProviderSector sector, string? cqcLocationId) => new()
    {
        Name = Text.Required(name, "name"),
        OdsCode = OrganisationCode.Normalise(odsCode, "odsCode"),
        Sector = Text.Defined(sector, "sector"),
        CqcLocationId = NormaliseLocationId(cqcLocationId),
    };

    /// <summary>Why the provider may not be offered placements now, or null when it may.</summary>
    public string? BrokerageBar => Status switch
    {
        ProviderStatus.Suspended => $"Suspended: {StatusReason}",
        ProviderStatus.Excluded => $"Excluded: {StatusReason}",
        _ when CqcRating == CqcRating.Inadequate => $"CQC rated Inadequate on {CqcRatedOn:yyyy-MM-dd}",
        _ when SeriousConcern is not null => $"Serious concern: {SeriousConcern}",
        _ => null,
    };

    /// <summary>The gate brokerage applies before it sends any placement request to this provider.</summary>
    public bool IsEligibleForBrokerage => BrokerageBar is null;

    public int CapacityIn(MarketSegment segment) => _capacity.SingleOrDefault(c => c.Segment == segment)?.Places ?? 0;

    public bool CanTakePlacement(MarketSegment segment) => IsEligibleForBrokerage && CapacityIn(segment) > 0;

    public void SetCapacity(MarketSegment segment, int places)
    {
        ProviderRules.CapacityNotNegative.Require(places >= 0, "places", "Capacity cannot be negative.");
        var existing = _capacity.SingleOrDefault(c => c.Segment == segment);
        if (existing is null) _capacity.Add(new ProviderCapacity(segment, places));
        else existing.Places = places;
    }

    /// <summary>Ratings arrive in date order; an older report than the one held is refused, not applied.</summary>
    public void RecordCqcRating(CqcRating rating, DateOnly ratedOn)
    {
        Text.Defined(rating, "rating");
        ProviderRules.RatingPublished.Require(rating != CqcRating.NotYetRated, "rating",
            "A published rating cannot be 'not yet rated'.");
        ProviderRules.RatedLocationRegistered.Require(CqcLocationId is not null, "cqcLocationId",
            "Only a CQC-registered location has a rating.");
        if (CqcRatedOn is { } current && ratedOn < current)
            throw ProviderRules.RatingsNeverOlder.Broken("ratedOn",
                $"A rating of {current:yyyy-MM-dd} is already held; {ratedOn:yyyy-MM-dd} is older.");
        ChangingEligibility(ratedOn, () => (CqcRating, CqcRatedOn) = (rating, ratedOn), $"CQC rated {rating} on {ratedOn:yyyy-MM-dd}");
    }

    public void RecordLivingWage(LivingWageStatus status, DateOnly confirmedOn)
    {
        if (Text.Defined(status, "status") == LivingWage) return;
        LivingWage = status;
        Raise(new ProviderLivingWageStatusChanged(Id, OdsCode, status, confirmedOn));
    }

    public void RaiseSeriousConcern(string reason, DateOnly raisedOn)
    {
        var text = Text.Required(reason, "reason");
        ChangingEligibility(raisedOn, () => SeriousConcern = text);
    }

    public void CloseSeriousConcern(DateOnly closedOn)
    {
        if (SeriousConcern is null)
            throw ProviderRules.SeriousConcernOpen.Broken("seriousConcern", "No serious concern is open.");
        ChangingEligibility(closedOn, () => SeriousConcern = null, "Serious concern closed");
    }

    public void Suspend(string reason, DateOnly suspendedOn)
    {
        var text = Text.Required(reason, "reason");
        ProviderRules.SuspendedWhenActive.Require(Status == ProviderStatus.Active, "status",
            $"Cannot suspend a provider that is {Status}.");
        ChangingEligibility(suspendedOn, () => (Status, StatusReason) = (ProviderStatus.Suspended, text));
    }

    public void Reinstate(DateOnly reinstatedOn)
    {
        ProviderRules.ReinstatedWhenSuspended.Require(Status == ProviderStatus.Suspended, "status",
            $"Cannot reinstate a provider that is {Status}.");
        ChangingEligibility(reinstatedOn, () => (Status, StatusReason) = (ProviderStatus.Active, null), "Suspension lifted");
    }

    public void Exclude(string reason, DateOnly excludedOn)
    {
        var text = Text.Required(reason, "reason");
        if (Status == ProviderStatus.Excluded)
            throw ProviderRules.ExcludedOnce.Broken("status", "The provider is already excluded.");
        ChangingEligibility(excludedOn, () => (Status, StatusReason) = (ProviderStatus.Excluded, text));
    }

    /// <summary>
    /// Applies a change and publishes the brokerage gate's new answer only when it flips: the bar
    /// when the provider loses eligibility, <paramref name="lifted"/> (what the change did) when it regains it.
    /// Only reinstatement, closing a concern and a new rating can lift a bar; the others only bar.
    /// </summary>
    private void ChangingEligibility(DateOnly on, Action change, string lifted = "Eligible again")
    {
        var before = IsEligibleForBrokerage;
        change();
        if (before != IsEligibleForBrokerage)
            Raise(new ProviderBrokerageEligibilityChanged(Id, OdsCode, IsEligibleForBrokerage, BrokerageBar ?? lifted, on));
    }

    private static string? NormaliseLocationId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var value = id.Trim();
        ProviderRules.CqcLocationIdShape.Require(LocationIdShape().IsMatch(value), "cqcLocationId",
            $"'{id}' is not a CQC location id like 1-101663962.");
        return value;
    }

    [GeneratedRegex(@"^1-\d{6,12}$")]
    private static partial Regex LocationIdShape();
}
