using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

public class BrokerageTests
{
    private static readonly DateTimeOffset IssuedAt = new(2018, 4, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid HomeA = Guid.NewGuid(), HomeB = Guid.NewGuid(), HomeC = Guid.NewGuid(), FarAway = Guid.NewGuid();

    private static ProviderFacts Provider(Guid id, decimal quality, bool inBorough = true, CqcRating rating = CqcRating.Good,
        int vacancies = 2, bool concern = false, bool onFramework = true) =>
        new(id, onFramework, rating, concern, new HashSet<ServiceType> { ServiceType.NursingCare }, new HashSet<string> { "Wallasey" },
            vacancies, inBorough, quality);

    private static readonly IReadOnlyList<ProviderFacts> Market =
    [
        Provider(HomeA, 80m), Provider(HomeB, 70m), Provider(HomeC, 95m), Provider(FarAway, 99m, inBorough: false),
    ];

    private static Actor ProviderUser(Guid provider) => new(Guid.NewGuid(), Role.ProviderPractitioner, provider);

    private static PlacementRequest Issue(IReadOnlyList<ProviderFacts>? providers = null, OutOfBoroughException? exception = null,
        BrokerageSettings? settings = null) =>
        PlacementRequest.Issue(Guid.NewGuid(), ServiceType.NursingCare, "Wallasey", new DateOnly(2018, 4, 16),
            "Nursing care for dementia with behaviour that challenges; hoist for transfers.", providers ?? Market,
            settings ?? BrokerageSettings.Default, Broker, IssuedAt, exception);

    private static PlacementRequest WithThreeOffers(BrokerageSettings? settings = null)
    {
        var request = Issue(settings: settings);
        request.SubmitOffer(ProviderUser(HomeA), 850m, "", IssuedAt.AddHours(2));
        request.SubmitOffer(ProviderUser(HomeB), 760m, "", IssuedAt.AddHours(3));
        request.SubmitOffer(ProviderUser(HomeC), 900m, "", IssuedAt.AddHours(4));
        request.CloseOffers(IssuedAt.AddHours(24));
        return request;
    }

    [Fact]
    public void In_borough_eligible_framework_providers_are_invited_first()
    {
        var providers = Market.Concat([
            Provider(Guid.NewGuid(), 90m, rating: CqcRating.Inadequate),
            Provider(Guid.NewGuid(), 90m, concern: true),
            Provider(Guid.NewGuid(), 90m, vacancies: 0),
            Provider(Guid.NewGuid(), 90m, onFramework: false),
        ]).ToArray();
        var request = Issue(providers);
        Assert.Equal([HomeA, HomeB, HomeC], request.Invitations.Select(i => i.ProviderId));
        Assert.Equal(IssuedAt.AddHours(24), request.ClosesAt); // anchors B.7: "usually 24 hours"
    }

    // H:L201 "Out of Borough placements being the exception".
    [Fact]
    public void Out_of_borough_needs_a_recorded_exception()
    {
        IReadOnlyList<ProviderFacts> onlyFar = [Provider(FarAway, 99m, inBorough: false)];
        var violation = Violation(() => Issue(onlyFar));
        Assert.Equal(("outOfBoroughException", BrokerageRules.InBoroughFirst), violation.Named());

        var request = Issue(onlyFar, new OutOfBoroughException("Near daughter in Chester", Broker.UserId, Today));
        Assert.Equal(FarAway, Assert.Single(request.Invitations).ProviderId);
        Assert.Equal("Near daughter in Chester", request.DomainEvents.OfType<PlacementRequestIssued>().Single().OutOfBoroughException);
    }

    [Fact]
    public void A_needs_summary_that_identifies_the_person_is_refused()
    {
        var violation = Violation(() => PlacementRequest.Issue(Guid.NewGuid(), ServiceType.NursingCare, "Wallasey", new DateOnly(2018, 4, 16),
            "Mr J, NHS 943 476 5919, needs nursing care", Market, BrokerageSettings.Default, Broker, IssuedAt));
        Assert.Equal(("needsSummary", BrokerageRules.NeedsSummaryAnonymous), violation.Named());
        Assert.Equal(("needsSummary", BrokerageRules.NeedsSummaryAnonymous), Violation(() => PlacementRequest.Issue(
            Guid.NewGuid(), ServiceType.NursingCare, "Wallasey", new DateOnly(2018, 4, 16), "Born 17/05/1940", Market,
            BrokerageSettings.Default, Broker, IssuedAt)).Named());
    }

    [Fact]
    public void A_provider_suspended_during_the_round_loses_its_offer_and_the_others_rank_as_before()
    {
        // C ranked first (90.78); once C leaves brokerage, A (83.76) and B (82.00) keep their totals and order.
        var request = WithThreeOffers();
        var offerC = request.Offers.Single(o => o.ProviderId == HomeC).Id;

        Assert.True(request.WithdrawProvider(HomeC, "Suspended: safeguarding investigation", IssuedAt.AddHours(25)));

        Assert.Equal([(HomeA, 83.76m), (HomeB, 82.00m)], request.Ranking().Select(r => (r.ProviderId, r.Total)));
        Assert.Equal(("offerId", BrokerageRules.PlacementStatusAllows), Violation(() => request.Award(Broker, offerC,
            "Closest to family", IssuedAt.AddHours(26))).Named());
        Assert.Equal(PlacementStatus.OffersClosed, request.Status);
        var withdrawn = Assert.Single(request.DomainEvents.OfType<ProviderWithdrawnFromRequest>());
        Assert.Equal((HomeC, "Suspended: safeguarding investigation"), (withdrawn.ProviderId, withdrawn.Reason));
        Assert.False(request.WithdrawProvider(HomeC, "Suspended again", IssuedAt.AddHours(27)));
        Assert.Single(request.DomainEvents.OfType<ProviderWithdrawnFromRequest>());
        request.Award(Broker, request.Ranking()[0].OfferId, null, IssuedAt.AddHours(28));
        Assert.Equal(PlacementStatus.Awarded, request.Status);
    }

    [Fact]
    public void When_the_cheapest_offer_is_withdrawn_the_cheapest_remaining_sets_the_cost_score()
    {
        // B (£760) leaves; A's £850 is now the cheapest: A 80 × 60% + 100 × 40% = 88.00;
        // C 95 × 60% = 57.00 + 850/900 = 94.44 × 40% = 37.78, 94.78.
        var request = WithThreeOffers();
        request.WithdrawProvider(HomeB, "CQC rated Inadequate on 2018-04-03", IssuedAt.AddHours(25));

        Assert.Equal([(HomeC, 94.78m), (HomeA, 88.00m)], request.Ranking().Select(r => (r.ProviderId, r.Total)));
    }

    [Fact]
    public void A_provider_suspended_before_offering_can_no_longer_offer_and_an_awarded_request_is_left_alone()
    {
        var open = Issue();
        open.WithdrawProvider(HomeA, "Rated Inadequate by the CQC", IssuedAt.AddHours(1));
        Assert.Equal(("providerId", BrokerageRules.SentToTheProvider),
            Violation(() => open.SubmitOffer(ProviderUser(HomeA), 800m, "", IssuedAt.AddHours(2))).Named());
        open.SubmitOffer(ProviderUser(HomeB), 760m, "", IssuedAt.AddHours(2));
        open.SubmitOffer(ProviderUser(HomeC), 900m, "", IssuedAt.AddHours(3));
        open.CloseOffers(IssuedAt.AddHours(4)); // every open invitation has answered: A's lapsed one does not hold the round open

        var awarded = WithThreeOffers();
        awarded.Award(Broker, awarded.Ranking()[0].OfferId, null, IssuedAt.AddHours(25));
        Assert.False(awarded.WithdrawProvider(HomeC, "Suspended", IssuedAt.AddHours(26)));
        Assert.Equal(OfferStatus.Awarded, awarded.Offers.Single(o => o.ProviderId == HomeC).Status);
    }

    [Fact]
    public void An_offer_after_the_window_is_refused_and_writes_nothing()
    {
        var request = Issue();
        request.SubmitOffer(ProviderUser(HomeA), 850m, "", IssuedAt.AddHours(24).AddTicks(-1));
        var violation = Violation(() => request.SubmitOffer(ProviderUser(HomeB), 760m, "", IssuedAt.AddHours(24)));
        Assert.Equal(("submittedAt", BrokerageRules.WithinTheOfferWindow), violation.Named());
        Assert.Single(request.Offers);
    }

    [Fact]
    public void Only_invited_providers_offer_and_only_once_a_round()
    {
        var request = Issue();
        Assert.Equal(ViolationKind.Forbidden, Violation(() => request.SubmitOffer(ProviderUser(FarAway), 700m, "", IssuedAt)).Kind);
        request.SubmitOffer(ProviderUser(HomeA), 850m, "", IssuedAt);
        Assert.Equal(ViolationKind.AlreadyExists, Violation(() => request.SubmitOffer(ProviderUser(HomeA), 800m, "", IssuedAt)).Kind);
    }

    // anchors B.7: ranked on 60% quality and 40% cost.
    [Fact]
    public void Ranking_under_60_40_shows_its_arithmetic()
    {
        var ranking = WithThreeOffers().Ranking();

        Assert.Equal([HomeC, HomeA, HomeB], ranking.Select(r => r.ProviderId));
        var c = ranking[0];
        Assert.Equal((95m, 84.44m, 57.00m, 33.78m, 90.78m), (c.QualityScore, c.CostScore, c.WeightedQuality, c.WeightedCost, c.Total));
        Assert.Equal("quality 95.00 × 60% = 57.00; cost 84.44 × 40% = 33.78; total 90.78", c.Arithmetic);
        Assert.Equal((89.41m, 83.76m), (ranking[1].CostScore, ranking[1].Total)); // 760 ÷ 850
        Assert.Equal((100m, 82.00m), (ranking[2].CostScore, ranking[2].Total));   // cheapest scores 100
    }

    [Fact]
    public void A_different_published_weighting_changes_the_order()
    {
        var ranking = WithThreeOffers(new BrokerageSettings(TimeSpan.FromHours(24), 50m, 50m)).Ranking();
        Assert.Equal([HomeC, HomeB, HomeA], ranking.Select(r => r.ProviderId));
        Assert.Equal([89.72m, 85.00m, 84.71m], ranking.Select(r => r.Total));
    }

    [Fact]
    public void Weights_must_add_up_to_100() =>
        Assert.Equal(("weights", BrokerageRules.SettingsWeighed),
            Violation(() => new BrokerageSettings(TimeSpan.FromHours(24), 60m, 30m)).Named());

    [Fact]
    public void Awarding_below_the_top_needs_a_reason()
    {
        var request = WithThreeOffers();
        var second = request.Ranking()[1].OfferId;
        Assert.Equal(("reason", BrokerageRules.ChoiceRecorded), Violation(() => request.Award(Broker, second, null,
            IssuedAt.AddHours(25))).Named());
        Assert.Equal(PlacementStatus.OffersClosed, request.Status);

        request.Award(Broker, request.Ranking()[0].OfferId, null, IssuedAt.AddHours(25));
        var awarded = request.DomainEvents.OfType<PlacementAwarded>().Single();
        Assert.Equal((HomeC, 900m, 1), (awarded.ProviderId, awarded.WeeklyPrice, awarded.RankPosition));
    }

    [Fact]
    public void Declined_offers_lead_to_a_new_round()
    {
        var request = WithThreeOffers();
        Assert.Equal(("offers", BrokerageRules.PlacementStatusAllows), Violation(() => request.Rebroker(Broker, Market,
            BrokerageSettings.Default, IssuedAt.AddHours(25))).Named());
        foreach (var offer in request.Ranking()) request.DeclineOffer(Broker, offer.OfferId, "Cannot meet nursing needs at night");
        request.Rebroker(Broker, Market, BrokerageSettings.Default, IssuedAt.AddHours(25));

        Assert.Equal(2, request.Round);
        Assert.Equal(PlacementStatus.OffersOpen, request.Status);
        Assert.Equal(IssuedAt.AddHours(49), request.ClosesAt);
        Assert.Empty(request.Ranking());
    }

    [Fact]
    public void A_provider_sees_only_requests_sent_to_it_and_only_its_own_offers()
    {
        var request = WithThreeOffers();
        var homeA = ProviderUser(HomeA);
        Assert.Equal(HomeA, Assert.Single(request.OffersVisibleTo(homeA)).ProviderId);
        Assert.Equal(3, request.OffersVisibleTo(Broker).Count);
        Assert.Equal(ViolationKind.Forbidden, Violation(() => request.RankingFor(homeA)).Kind);
        Assert.Equal(ViolationKind.Forbidden, Violation(() => request.OffersVisibleTo(ProviderUser(FarAway))).Kind);
        Assert.False(request.IsVisibleTo(ProviderUser(FarAway)));
        Assert.True(request.IsVisibleTo(homeA));
    }

    [Fact]
    public void Only_the_brokerage_team_issues_and_awards() =>
        Assert.Equal(ViolationKind.Forbidden, Violation(() => PlacementRequest.Issue(Guid.NewGuid(), ServiceType.NursingCare, "Wallasey",
            new DateOnly(2018, 4, 16), "Nursing care", Market, BrokerageSettings.Default, Verifier, IssuedAt)).Kind);
}
