using CarePackages.Domain.Assessments;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Costing;

namespace CarePackages.Api.Apis;

/// <summary>
/// The documented examples, from the demo's journey in Wirral: Sam Jones (an NHS number of the 999
/// range kept for tests, so nobody real) is referred, assessed and planned residential care at the
/// Wirral West framework rate of £520 a week; the request goes to Oak Lodge, which offers that price,
/// ranked under the 60/40 quality and cost weighting (anchors B.7).
/// </summary>
public static class CarePackagesExamples
{
    private static readonly Guid PersonId = Guid.Parse("0190c0de-0000-7000-8000-0000000c0001");
    private static readonly Guid PlanId = Guid.Parse("0190c0de-0000-7000-8000-0000000c0051");
    private static readonly Guid RequestId = Guid.Parse("0190c0de-0000-7000-8000-0000000c0b01");
    private static readonly Guid OakLodgeId = Guid.Parse("0190c0de-0000-7000-8000-0000000c0a7e");
    private static readonly Guid OfferId = Guid.Parse("0190c0de-0000-7000-8000-0000000c0f01");
    private const string Reference = "pr_3f9a1c5e7b2d4086a1e9c3b5d7f20486";
    private const string OakLodge = "VNKAB";
    private static readonly DateTimeOffset Issued = new(2018, 4, 2, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Offered = Issued.AddHours(3);

    public static NewPerson NewPerson { get; } = new("9990000034", "Sam", "Jones", new DateOnly(1980, 5, 17));

    public static PersonView Person { get; } =
        new(PersonId, NewPerson.NhsNumber, NewPerson.GivenName, NewPerson.FamilyName, NewPerson.DateOfBirth,
            Reference, []);

    public static NewReferral NewReferral { get; } =
        new(PersonId, RouteOfAccess.CommunityOrOther, new DateOnly(2018, 4, 2));

    public static ReferralView Referral { get; } = new(Guid.Parse("0190c0de-0000-7000-8000-0000000c0021"),
        Reference, NewReferral.RouteOfAccess, NewReferral.ReceivedOn, Cohort.Adults, ReferralStatus.Open, null, []);

    public static NewPlacementRequest NewPlacementRequest { get; } = new(PlanId, ServiceType.ResidentialCare,
        "Wirral West", new DateOnly(2018, 4, 16),
        "Needs a ground-floor room near family in West Kirby, and help at night.");

    public static PlacementRequestView PlacementRequest { get; } = Request([]);

    public static OfferRequest Offer { get; } = new(520.00m, "Ground-floor room free from the start date.");

    /// <summary>Oak Lodge's answer to its own offer: its invitation and offer, nobody else's.</summary>
    public static PlacementRequestView PlacementRequestAsOakLodge { get; } =
        Request([new(OfferId, OakLodgeId, OakLodge, 1, Offer.WeeklyPrice, Offer.Notes!, Offered,
            OfferStatus.Submitted, null, null)]);

    public static IReadOnlyList<RankedOfferView> Ranking { get; } =
        [new(1, OfferId, OakLodgeId, Offer.WeeklyPrice, Offered, 80.00m, 100.00m, 60m, 40m, 48.00m, 40.00m, 88.00m,
            "quality 80.00 × 60% = 48.00; cost 100.00 × 40% = 40.00; total 88.00")];

    private static PlacementRequestView Request(IReadOnlyList<OfferView> offers) => new(
        RequestId, PlanId, NewPlacementRequest.ServiceType, NewPlacementRequest.Locality,
        NewPlacementRequest.StartDate, NewPlacementRequest.NeedsSummary, PlacementStatus.OffersOpen, 1,
        Issued.AddHours(24), 60m, 40m, null, null, [new(OakLodgeId, OakLodge, 1, true, false, null)], offers);
}
