using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Brokerage;

/// <summary>Who sees a placement request: council staff all of it, an invited provider its own part.</summary>
public sealed partial class PlacementRequest
{
    public bool IsVisibleTo(Actor actor) => actor.IsCouncil || _invitations.Any(i => i.ProviderId == actor.OrganisationId);

    /// <summary>A provider sees only its own offers; council staff see them all.</summary>
    public IReadOnlyList<Offer> OffersVisibleTo(Actor actor)
    {
        EnsureVisibleTo(actor);
        return actor.IsCouncil ? _offers : _offers.Where(o => o.ProviderId == actor.OrganisationId).ToArray();
    }

    /// <summary>The ranking names every bidder's price, so only council staff see it.</summary>
    public IReadOnlyList<RankedOffer> RankingFor(Actor actor) =>
        actor.IsCouncil ? Ranking() : throw BrokerageRules.RankingForTheCouncil.Broken("ranking",
            "Only council staff see the ranking.");

    public void EnsureVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
            throw BrokerageRules.SentToTheProvider.Broken("placementRequestId",
                "This placement request was not sent to your organisation.");
    }
}
