using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Api.Apis;

/// <summary>
/// A placement request as its reader may see it. Council staff see every invitation and offer; a
/// provider sees the request and only its own invitations and offers, never who else was asked or at what price.
/// Providers are named by code.
/// </summary>
public sealed record PlacementRequestView(
    Guid Id, Guid SupportPlanId, ServiceType ServiceType, string Locality, DateOnly StartDate, string NeedsSummary,
    PlacementStatus Status, int Round, DateTimeOffset ClosesAt, decimal QualityWeight, decimal CostWeight,
    string? OutOfBoroughException, Guid? AwardedOfferId, IReadOnlyList<InvitationView> Invitations, IReadOnlyList<OfferView> Offers)
{
    public static PlacementRequestView For(Actor actor, PlacementRequest request, Func<Guid, string> codeOf)
    {
        var invitations = request.Invitations.Where(i => actor.IsCouncil || i.ProviderId == actor.OrganisationId)
            .Select(i => new InvitationView(i.ProviderId, codeOf(i.ProviderId), i.Round, i.InBorough, i.Declined, i.WithdrawnBecause)).ToArray();
        var offers = request.OffersVisibleTo(actor)
            .Select(o => new OfferView(o.Id, o.ProviderId, codeOf(o.ProviderId), o.Round, o.WeeklyPrice, o.Notes, o.SubmittedAt, o.Status, o.DeclineReason, o.WithdrawalReason))
            .ToArray();
        return new PlacementRequestView(request.Id, request.SupportPlanId, request.ServiceType, request.Locality, request.StartDate,
            request.NeedsSummary, request.Status, request.Round, request.ClosesAt, request.QualityWeight, request.CostWeight,
            actor.IsCouncil ? request.OutOfBoroughException?.Reason : null,
            actor.IsCouncil || request.Offers.Any(o => o.Id == request.AwardedOfferId && o.ProviderId == actor.OrganisationId) ? request.AwardedOfferId : null,
            invitations, offers);
    }
}

public sealed record InvitationView(Guid ProviderId, string ProviderCode, int Round, bool InBorough, bool Declined, string? WithdrawnBecause);

public sealed record OfferView(Guid Id, Guid ProviderId, string ProviderCode, int Round, decimal WeeklyPrice, string Notes,
    DateTimeOffset SubmittedAt, OfferStatus Status, string? DeclineReason, string? WithdrawalReason);
