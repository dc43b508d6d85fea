using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Api.Apis;

/// <summary>
/// A placement request as its reader may see it. Council staff see every invitation and offer; a
/// provider sees the request and only its own invitations and offers, never who else was asked or at
/// what price. Providers are named by code.
/// </summary>
public sealed record PlacementRequestView(
    Guid Id, Guid SupportPlanId, ServiceType ServiceType, string Locality, DateOnly StartDate, string NeedsSummary,
    PlacementStatus Status, int Round, DateTimeOffset ClosesAt, decimal QualityWeight, decimal CostWeight,
    string? OutOfBoroughException, Guid? AwardedOfferId, IReadOnlyList<InvitationView> Invitations,
    IReadOnlyList<OfferView> Offers)
{
    public static PlacementRequestView For(Actor actor, PlacementRequest request, Func<Guid, string> codeOf)
    {
        var invitations = InvitationsSeenBy(actor, request).Select(i => InvitationView.Of(i, codeOf)).ToArray();
        var offers = request.OffersVisibleTo(actor).Select(o => OfferView.Of(o, codeOf)).ToArray();
        var awardedToCaller = request.Offers.Any(o =>
            o.Id == request.AwardedOfferId && o.ProviderId == actor.OrganisationId);
        return new PlacementRequestView(request.Id, request.SupportPlanId, request.ServiceType, request.Locality,
            request.StartDate, request.NeedsSummary, request.Status, request.Round, request.ClosesAt,
            request.QualityWeight, request.CostWeight, actor.IsCouncil ? request.OutOfBoroughException?.Reason : null,
            actor.IsCouncil || awardedToCaller ? request.AwardedOfferId : null, invitations, offers);
    }

    /// <summary>
    /// The organisations the view names, to recall before building it: every invited provider for council staff,
    /// only itself for a provider (a page of requests invites ten providers each, and a provider sees none of them).
    /// </summary>
    public static IEnumerable<Guid> Names(Actor actor, PlacementRequest request) =>
        InvitationsSeenBy(actor, request).Select(i => i.ProviderId)
            .Concat(request.OffersVisibleTo(actor).Select(o => o.ProviderId));

    private static IEnumerable<Invitation> InvitationsSeenBy(Actor actor, PlacementRequest request) =>
        request.Invitations.Where(i => actor.IsCouncil || i.ProviderId == actor.OrganisationId);
}

/// <summary>A provider asked to offer in a round; declined, or withdrawn because it left brokerage.</summary>
public sealed record InvitationView(
    Guid ProviderId, string ProviderCode, int Round, bool InBorough, bool Declined, string? WithdrawnBecause)
{
    public static InvitationView Of(Invitation i, Func<Guid, string> codeOf) =>
        new(i.ProviderId, codeOf(i.ProviderId), i.Round, i.InBorough, i.Declined, i.WithdrawnBecause);
}

/// <summary>A provider's weekly price for the placement and what became of it.</summary>
public sealed record OfferView(
    Guid Id, Guid ProviderId, string ProviderCode, int Round, decimal WeeklyPrice, string Notes,
    DateTimeOffset SubmittedAt, OfferStatus Status, string? DeclineReason, string? WithdrawalReason)
{
    public static OfferView Of(Offer o, Func<Guid, string> codeOf) => new(o.Id, o.ProviderId, codeOf(o.ProviderId),
        o.Round, o.WeeklyPrice, o.Notes, o.SubmittedAt, o.Status, o.DeclineReason, o.WithdrawalReason);
}

/// <summary>One offer's place under the published weighting, with every figure and the sum written out.</summary>
public sealed record RankedOfferView(
    int Position, Guid OfferId, Guid ProviderId, decimal WeeklyPrice, DateTimeOffset SubmittedAt,
    decimal QualityScore, decimal CostScore, decimal QualityWeight, decimal CostWeight, decimal WeightedQuality,
    decimal WeightedCost, decimal Total, string Arithmetic)
{
    public static RankedOfferView Of(RankedOffer r) => new(r.Position, r.OfferId, r.ProviderId, r.WeeklyPrice,
        r.SubmittedAt, r.QualityScore, r.CostScore, r.QualityWeight, r.CostWeight, r.WeightedQuality, r.WeightedCost,
        r.Total, r.Arithmetic);
}
