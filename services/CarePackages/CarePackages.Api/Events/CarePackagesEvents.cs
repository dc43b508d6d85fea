using System.Text.Json;
using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Brokerage;
using CarePackages.Domain.Packages;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing.Outbox;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos;
using Google.Protobuf.WellKnownTypes;
using Google.Protobuf;
using Protos = Commissioning.Protos.CarePackages.V1;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace CarePackages.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1 (topic "care-packages.&lt;name&gt;", type "commissioning.care-packages.&lt;name&gt;.v1").
/// People appear only as their pseudonymous reference, providers by code.
/// <para>
/// The "package" of the integration events is the support plan being bought: <c>package_id</c> is the
/// support plan's id from verification through brokerage to the live package and its end, so a
/// subscriber follows one id (the live package's REST record carries it as <c>supportPlanId</c>).
/// Events the proto has no message for (referrals, assessments, reviews, suspensions, safeguarding, a financial
/// assessment's outcome) stay inside the service.
/// </para>
/// </summary>
public static class CarePackagesEvents
{
    public const string Source = "care-packages";
    public static readonly string DeadLetters = DeadLetterTopic.Of(Source);

    public static void Publish(CarePackagesStore store, AggregateRoot aggregate, IDomainEvent domainEvent)
    {
        var now = Timestamp.FromDateTimeOffset(store.SavedAt);
        switch (domainEvent)
        {
            case FundingAgreed e:
                Enqueue(store, "package-verified", e.SupportPlanId, new ProtoEvents.PackageVerified
                {
                    PackageId = e.SupportPlanId.ToString(), Person = new PersonRef { Pseudonym = e.Person.Value },
                    WeeklyCost = e.WeeklyCost.ToProtoMoney(), Funding = { e.Commitments.Select(FundingShare) },
                    VerifiedBy = e.AgreedBy.ToString(), OccurredAt = now,
                });
                // One commitment per budget line, keyed so a redelivery is recognised by pooled finance.
                foreach (var line in e.Commitments)
                    Enqueue(store, "package-commitment-requested", e.SupportPlanId, new ProtoEvents.PackageCommitmentRequested
                    {
                        PackageId = e.SupportPlanId.ToString(), CommitmentId = $"{e.AggregateId}:{line.BudgetLineCode}",
                        BudgetLineId = line.BudgetLineCode, AnnualAmount = line.YearCommitment.ToProtoMoney(),
                        EffectiveFrom = e.StartDate.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case ForecastOverspendSignalled e:
                Enqueue(store, "forecast-overspend-signalled", e.SupportPlanId, Overspend(e, now));
                break;
            case PlacementRequestIssued e when aggregate is PlacementRequest request:
                Enqueue(store, "placement-offered", request.SupportPlanId, new ProtoEvents.PlacementOffered
                {
                    PlacementRequestId = e.AggregateId.ToString(), PackageId = request.SupportPlanId.ToString(), ServiceType = Code(e.ServiceType),
                    Locality = e.Locality, Providers = { e.InvitedProviders.Select(p => Provider(store, p)) },
                    OffersCloseAt = Timestamp.FromDateTimeOffset(e.ClosesAt), OccurredAt = now,
                });
                break;
            case Domain.Brokerage.PlacementAwarded e:
                var total = AwardedTotal((PlacementRequest)aggregate, e.OfferId);
                Enqueue(store, "placement-awarded", e.SupportPlanId, new ProtoEvents.PlacementAwarded
                {
                    PlacementRequestId = e.AggregateId.ToString(), PackageId = e.SupportPlanId.ToString(), Provider = Provider(store, e.ProviderId),
                    WeeklyCost = e.WeeklyPrice.ToProtoMoney(), ScoreBasisPoints = (int)(total * 100m), OccurredAt = now,
                });
                break;
            case PackageStarted e when aggregate is CarePackage package:
                Enqueue(store, "package-started", e.SupportPlanId, new ProtoEvents.PackageStarted
                {
                    PackageId = e.SupportPlanId.ToString(), Person = new PersonRef { Pseudonym = e.Person.Value },
                    Provider = package.Lines.FirstOrDefault(l => l.ProviderId is not null) is { ProviderId: { } provider } ? Provider(store, provider) : null,
                    WeeklyCost = e.PersonalBudgetWeekly.ToProtoMoney(), StartDate = e.StartDate.ToProtoDate(), OccurredAt = now,
                    Council = ServiceLines.Council(store, package), ServiceLines = { ServiceLines.All(store, package) },
                    RouteOfAccess = ServiceLines.RouteOfAccess(store, package),
                });
                break;
            case PackageCostChanged e when aggregate is CarePackage package:
                var adjustment = package.Adjustments.SingleOrDefault(a => a.LineId == e.LineId && a.Version == e.Version);
                Enqueue(store, "package-changed", package.SupportPlanId, new ProtoEvents.PackageChanged
                {
                    PackageId = package.SupportPlanId.ToString(),
                    WeeklyCostBefore = (package.PersonalBudgetWeekly - e.NewWeekly + e.PreviousWeekly).ToProtoMoney(),
                    WeeklyCostAfter = package.PersonalBudgetWeekly.ToProtoMoney(),
                    Funding = { FundingShares(package.Funding, package.PersonalBudgetWeekly) },
                    EffectiveFrom = e.EffectiveFrom.ToProtoDate(), BackdatedAdjustment = (adjustment?.Amount ?? 0m).ToProtoMoney(), OccurredAt = now,
                    Council = ServiceLines.Council(store, package), RecordedOn = e.RecordedOn.ToProtoDate(),
                    ServiceLine = ChangedLine(store, package, e), Person = new PersonRef { Pseudonym = e.Person.Value },
                });
                break;
            case PackageEnded e when aggregate is CarePackage package:
                Enqueue(store, "package-ended", package.SupportPlanId, new ProtoEvents.PackageEnded
                {
                    PackageId = package.SupportPlanId.ToString(), Reason = Code(e.Reason), EndDate = e.EndDate.ToProtoDate(), OccurredAt = now,
                    Council = ServiceLines.Council(store, package),
                    Person = new PersonRef { Pseudonym = e.Person.Value },
                });
                foreach (var release in e.ReleasedThisYear)
                    Enqueue(store, "package-commitment-released", package.SupportPlanId, new ProtoEvents.PackageCommitmentReleased
                    {
                        PackageId = package.SupportPlanId.ToString(), ReleaseId = $"{package.Id}:{release.BudgetLineCode}:end",
                        BudgetLineId = release.BudgetLineCode, ReleasedAmount = release.Amount.ToProtoMoney(), EndDate = e.EndDate.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case FinancialAssessmentRequested e when aggregate is CarePackage package:
                Enqueue(store, "financial-assessment-requested", package.SupportPlanId,
                    new ProtoEvents.FinancialAssessmentRequested
                    {
                        PackageId = package.SupportPlanId.ToString(), Council = ServiceLines.Council(store, package),
                        Person = new PersonRef { Pseudonym = e.Person.Value },
                        RequestedOn = e.RequestedOn.ToProtoDate(), OccurredAt = now,
                    });
                break;
            case TransitionDueStateReached e:
                Enqueue(store, "transition-due-state-reached", e.AggregateId, new ProtoEvents.TransitionDueStateReached
                {
                    ReferralId = e.AggregateId.ToString(),
                    Council = new OrganisationRef
                    {
                        Code = store.TenancyOf(aggregate) ?? "", Kind = OrganisationKind.Council,
                    },
                    Person = new PersonRef { Pseudonym = e.Person.Value }, State = Code(e.State),
                    EighteenthBirthday = e.EighteenthBirthday.ToProtoDate(), OccurredAt = now,
                });
                break;
        }
    }

    /// <summary>The changed line priced by the version the change appended.</summary>
    private static ProtoEvents.PackageServiceLine ChangedLine(CarePackagesStore store, CarePackage package,
        PackageCostChanged e)
    {
        var line = package.Lines.Single(l => l.Id == e.LineId);
        return ServiceLines.Of(store, package, line, line.Versions.Single(v => v.Number == e.Version));
    }

    /// <summary>
    /// The awarded offer's total under the weighting as it was ranked (e.g. 82.00, sent as 8200 basis points):
    /// the round's offers that were neither declined nor withdrawn, the awarded one among them.
    /// </summary>
    private static decimal AwardedTotal(PlacementRequest request, Guid offerId) =>
        OfferRanking.Rank(request.Offers.Where(o => o.Round == request.Round && o.Status is OfferStatus.Submitted or OfferStatus.Awarded), request.QualityWeight, request.CostWeight)
            .Single(r => r.OfferId == offerId).Total;

    /// <summary>Keyed by verification and budget line, as its commitment is: pooled finance keeps it once.</summary>
    private static ProtoEvents.ForecastOverspendSignalled Overspend(ForecastOverspendSignalled e, Timestamp now) =>
        new()
        {
            PackageId = e.SupportPlanId.ToString(), SignalId = $"{e.AggregateId}:{e.BudgetLineCode}",
            FundId = e.FundId.ToString(), BudgetLineId = e.BudgetLineCode,
            FinancialYear = new Commissioning.Protos.Common.V1.FinancialYear { StartYear = e.FinancialYear.StartYear },
            Commitment = e.Commitment.ToProtoMoney(), Headroom = e.Headroom.ToProtoMoney(),
            Overspend = e.Overspend.ToProtoMoney(), SignalledOn = e.SignalledOn.ToProtoDate(), OccurredAt = now,
        };

    public static Protos.FundingShare FundingShare(CommitmentLine line) =>
        new() { Stream = Stream(line.Stream), WeeklyAmount = line.WeeklyAmount.ToProtoMoney(), BasisPoints = (int)(line.Percent * 100m) };

    /// <summary>A weekly cost split by the funding shares, to the penny.</summary>
    public static IEnumerable<Protos.FundingShare> FundingShares(FundingSplit funding, decimal weekly) =>
        funding.Apportion(weekly).Select((amount, i) => new Protos.FundingShare
        {
            Stream = Stream(funding.Shares[i].Stream), WeeklyAmount = amount.ToProtoMoney(), BasisPoints = (int)(funding.Shares[i].Percent * 100m),
        });

    public static Protos.FundingStream Stream(FundingStream stream) => stream switch
    {
        FundingStream.LaSocialCare => Protos.FundingStream.LaSocialCare,
        FundingStream.NhsChc => Protos.FundingStream.NhsChc,
        FundingStream.NhsFnc => Protos.FundingStream.NhsFnc,
        _ => Protos.FundingStream.BcfScheme,
    };

    public static OrganisationRef Provider(CarePackagesStore store, Guid providerId) =>
        new() { Code = store.CodeOf(providerId), Kind = OrganisationKind.Provider, Name = store.NameOf(providerId) };

    /// <summary>Enum values cross the wire as the REST API spells them ("residential-care").</summary>
    public static string Code<T>(T value) where T : struct, System.Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static void Enqueue(CarePackagesStore store, string name, Guid subject, IMessage message) =>
        store.Outbox().Enqueue($"{Source}.{name}", $"commissioning.{Source}.{name}.v1", subject.ToString(), message);
}
