using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Brokerage;

/// <summary>
/// The council's brokerage of an agreed plan (P CPV-05): the request goes to eligible framework
/// providers, in borough first; they offer within the window; offers are ranked under the published
/// weighting; the broker awards, declines or re-brokers. The request carries no identity: providers
/// see a service type, a locality, a start date and a needs summary.
/// </summary>
public sealed partial class PlacementRequest : AggregateRoot
{
    private readonly List<Invitation> _invitations = [];
    private readonly List<Offer> _offers = [];

    private PlacementRequest() { }

    public Guid SupportPlanId { get; private set; }
    public ServiceType ServiceType { get; private set; }
    public string Locality { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public string NeedsSummary { get; private set; } = "";
    public PlacementStatus Status { get; private set; }
    public int Round { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public decimal QualityWeight { get; private set; }
    public decimal CostWeight { get; private set; }
    public OutOfBoroughException? OutOfBoroughException { get; private set; }
    public Guid? AwardedOfferId { get; private set; }
    public string? AwardReason { get; private set; }
    public IReadOnlyList<Invitation> Invitations => _invitations;
    public IReadOnlyList<Offer> Offers => _offers;

    public static PlacementRequest Issue(Guid supportPlanId, ServiceType serviceType, string locality, DateOnly startDate,
        string needsSummary, IReadOnlyList<ProviderFacts> providers, BrokerageSettings settings, Actor broker,
        DateTimeOffset at, OutOfBoroughException? outOfBorough = null)
    {
        EnsureBroker(broker);
        BrokerageRules.PlacementStated.Require(supportPlanId != Guid.Empty, "supportPlanId",
            "A placement request is for an agreed plan.");
        BrokerageRules.PlacementStated.Require(Enum.IsDefined(serviceType), "serviceType", "Not a service type.");
        BrokerageRules.PlacementStated.Require(!string.IsNullOrWhiteSpace(locality), "locality", "Name the locality.");
        BrokerageRules.PlacementStated.Require(startDate >= DateOnly.FromDateTime(at.Date), "startDate",
            "The start date has passed.");
        ValidateNeedsSummary(needsSummary);
        ValidateException(outOfBorough);
        var request = new PlacementRequest
        {
            SupportPlanId = supportPlanId,
            ServiceType = serviceType,
            Locality = locality.Trim(),
            StartDate = startDate,
            NeedsSummary = needsSummary.Trim(),
            OutOfBoroughException = outOfBorough,
        };
        request.OpenRound(providers, settings, at);
        return request;
    }

    /// <summary>Providers that pass the gate for this request; out-of-borough ones only with a recorded exception.</summary>
    public IReadOnlyList<ProviderFacts> EligibleProviders(IReadOnlyList<ProviderFacts> providers)
    {
        var gated = providers.Where(p => p.CanBeInvitedFor(ServiceType)).ToList();
        var inBorough = gated.Where(p => p.ServesLocality(Locality)).ToList();
        if (OutOfBoroughException is not null) return [.. inBorough, .. gated.Where(p => !p.InBorough)];
        if (inBorough.Count > 0) return inBorough;
        throw gated.Any(p => !p.InBorough)
            ? BrokerageRules.InBoroughFirst.Broken("outOfBoroughException",
                "No in-borough provider can take this placement; going out of borough needs a recorded exception (H:L201).")
            : BrokerageRules.InBoroughFirst.Broken("providers", "No framework provider can take this placement.");
    }

    public void SubmitOffer(Actor provider, decimal weeklyPrice, string notes, DateTimeOffset at)
    {
        var invitation = CurrentInvitation(provider);
        EnsureWindowOpen(at);
        BrokerageRules.OfferPriced.Require(weeklyPrice > 0 && decimal.Round(weeklyPrice, 2) == weeklyPrice,
            "weeklyPrice", "An offer is a weekly price in pounds and pence.");
        if (_offers.Any(o => o.Round == Round && o.ProviderId == provider.OrganisationId))
            throw BrokerageRules.OneOfferPerRound.Broken("offer", "This provider has already offered in this round.");
        var offer = new Offer(provider.OrganisationId, Round, weeklyPrice, invitation.QualityScore, notes?.Trim() ?? "", at);
        _offers.Add(offer);
        Raise(new OfferSubmitted(Id, offer.Id, offer.ProviderId, Round, weeklyPrice, at));
    }

    /// <summary>A provider is under no obligation to offer (anchors B.7, Oxfordshire DPS) and may say so.</summary>
    public void DeclineInvitation(Actor provider, DateTimeOffset at)
    {
        var invitation = CurrentInvitation(provider);
        EnsureWindowOpen(at);
        if (_offers.Any(o => o.Round == Round && o.ProviderId == provider.OrganisationId))
            throw BrokerageRules.AnsweredOncePerRound.Broken("offer",
                "This provider has already offered in this round.");
        _invitations[_invitations.IndexOf(invitation)] = invitation with { Declined = true };
    }

    /// <summary>Closes the round when the window has passed, or earlier once every invited provider has answered.</summary>
    public void CloseOffers(DateTimeOffset at)
    {
        EnsureStatus(PlacementStatus.OffersOpen);
        var answered = CurrentInvitations.All(i => !i.IsOpen || _offers.Any(o => o.Round == Round && o.ProviderId == i.ProviderId));
        if (at < ClosesAt && !answered)
            throw BrokerageRules.WithinTheOfferWindow.Broken("closesAt", $"Offers stay open until {ClosesAt:u}.");
        Status = PlacementStatus.OffersClosed;
        Raise(new OfferWindowClosed(Id, Round, CurrentOffers.Count(), at));
    }

    public IReadOnlyList<RankedOffer> Ranking() =>
        OfferRanking.Rank(CurrentOffers.Where(o => o.Status == OfferStatus.Submitted), QualityWeight, CostWeight);

    public void DeclineOffer(Actor broker, Guid offerId, string reason)
    {
        EnsureBroker(broker);
        EnsureStatus(PlacementStatus.OffersClosed);
        var offer = CurrentOffer(offerId);
        BrokerageRules.ChoiceRecorded.Require(!string.IsNullOrWhiteSpace(reason), "reason",
            "Say why the offer is declined.");
        offer.Decline(reason.Trim());
        Raise(new OfferDeclined(Id, offer.Id, offer.ProviderId, offer.DeclineReason!));
    }

    /// <summary>Awards the placement. Passing over a better-ranked offer needs a recorded reason (value for money is shown, not assumed).</summary>
    public void Award(Actor broker, Guid offerId, string? reason, DateTimeOffset at)
    {
        EnsureBroker(broker);
        EnsureStatus(PlacementStatus.OffersClosed);
        var offer = CurrentOffer(offerId);
        var ranked = Ranking().Single(r => r.OfferId == offerId);
        if (ranked.Position > 1 && string.IsNullOrWhiteSpace(reason))
            throw BrokerageRules.ChoiceRecorded.Broken("reason",
                $"This offer is ranked {ranked.Position}; record why it is chosen over the first.");
        var provider = CurrentInvitations.Single(i => i.ProviderId == offer.ProviderId);
        offer.Award();
        Status = PlacementStatus.Awarded;
        AwardedOfferId = offer.Id;
        AwardReason = reason?.Trim();
        Raise(new PlacementAwarded(Id, SupportPlanId, offer.Id, offer.ProviderId, offer.WeeklyPrice, StartDate,
            provider.InBorough, ranked.Position, ranked.Arithmetic, at));
    }

    /// <summary>
    /// The provider has left brokerage (the contracts service suspended it, it was rated Inadequate or
    /// excluded from the framework): in a round not yet awarded its invitation lapses and its open offer
    /// can no longer be accepted; the rest are ranked among themselves, as after a decline (so the
    /// cheapest remaining offer sets the cost score if the cheapest was withdrawn). An awarded placement is not undone
    /// here: a placement already made is a matter for the package's review and safeguarding, not for
    /// brokerage. False when there is nothing of the provider's to withdraw (a repeat changes nothing).
    /// </summary>
    public bool WithdrawProvider(Guid providerId, string reason, DateTimeOffset at)
    {
        if (Status == PlacementStatus.Awarded) return false;
        var invitation = CurrentInvitations.SingleOrDefault(i => i.ProviderId == providerId && i.WithdrawnBecause is null);
        if (invitation is null) return false;
        var why = string.IsNullOrWhiteSpace(reason) ? "left brokerage" : reason.Trim();
        _invitations[_invitations.IndexOf(invitation)] = invitation with { WithdrawnBecause = why };
        foreach (var offer in CurrentOffers.Where(o => o.ProviderId == providerId && o.Status == OfferStatus.Submitted))
            offer.Withdraw(why);
        Raise(new ProviderWithdrawnFromRequest(Id, providerId, Round, why, at));
        return true;
    }

    /// <summary>Starts a new round when the last ended without an award: no offers, or every offer declined.</summary>
    public void Rebroker(Actor broker, IReadOnlyList<ProviderFacts> providers, BrokerageSettings settings, DateTimeOffset at,
        OutOfBoroughException? outOfBorough = null)
    {
        EnsureBroker(broker);
        EnsureStatus(PlacementStatus.OffersClosed);
        if (CurrentOffers.Any(o => o.Status == OfferStatus.Submitted))
            throw BrokerageRules.PlacementStatusAllows.Broken("offers",
                "Award or decline the offers in this round before re-brokering.");
        ValidateException(outOfBorough);
        var previous = OutOfBoroughException;
        OutOfBoroughException = outOfBorough ?? previous;
        try { OpenRound(providers, settings, at); }
        catch (RuleViolation) { OutOfBoroughException = previous; throw; }
    }

    private IEnumerable<Invitation> CurrentInvitations => _invitations.Where(i => i.Round == Round);

    private IEnumerable<Offer> CurrentOffers => _offers.Where(o => o.Round == Round);

    private void OpenRound(IReadOnlyList<ProviderFacts> providers, BrokerageSettings settings, DateTimeOffset at)
    {
        var eligible = EligibleProviders(providers);
        Round++;
        Status = PlacementStatus.OffersOpen;
        ClosesAt = at + settings.OfferWindow;
        QualityWeight = settings.QualityWeight;
        CostWeight = settings.CostWeight;
        _invitations.AddRange(eligible.Select(p => new Invitation(p.ProviderId, Round, p.InBorough, p.QualityScore)));
        Raise(new PlacementRequestIssued(Id, Round, ServiceType, Locality, StartDate, eligible.Select(p => p.ProviderId).ToArray(),
            ClosesAt, OutOfBoroughException?.Reason));
    }

    private Invitation CurrentInvitation(Actor provider)
    {
        EnsureVisibleTo(provider);
        return CurrentInvitations.SingleOrDefault(i => i.ProviderId == provider.OrganisationId && i.IsOpen)
            ?? throw BrokerageRules.SentToTheProvider.Broken("providerId",
                "Your organisation is not invited to offer in this round.");
    }

    private Offer CurrentOffer(Guid offerId)
    {
        var offer = CurrentOffers.SingleOrDefault(o => o.Id == offerId);
        if (offer?.Status == OfferStatus.Withdrawn)
            throw BrokerageRules.PlacementStatusAllows.Broken("offerId",
                $"The provider has left brokerage ({offer.WithdrawalReason}); its offer can no longer be accepted.");
        return offer is { Status: OfferStatus.Submitted } ? offer : throw RuleViolation.NotFound("offerId", "No open offer with that id in this round.");
    }

    private void EnsureWindowOpen(DateTimeOffset at)
    {
        EnsureStatus(PlacementStatus.OffersOpen);
        if (at >= ClosesAt)
            throw BrokerageRules.WithinTheOfferWindow.Broken("submittedAt",
                $"The offer window closed at {ClosesAt:u}.");
    }

    private void EnsureStatus(PlacementStatus expected)
    {
        if (Status != expected) throw BrokerageRules.PlacementStatusAllows.Broken("status",
            $"The request is {Status}, not {expected}.");
    }

    private static void EnsureBroker(Actor actor)
    {
        if (actor.Role != Role.Broker) throw BrokerageRules.BrokerOnly.Broken("role",
            "Only the council's brokerage team can do this.");
    }

    private static void ValidateException(OutOfBoroughException? exception)
    {
        if (exception is not null)
            BrokerageRules.ExceptionHasReason.Require(!string.IsNullOrWhiteSpace(exception.Reason),
                "outOfBoroughException", "An exception needs a reason.");
    }
}

public enum PlacementStatus { OffersOpen, OffersClosed, Awarded }
