using Notifications.Domain.Deliveries;
using Notifications.Domain.Visibility;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class SubjectQueueTests
{
    private static readonly Guid EndpointA = Guid.NewGuid();
    private static readonly Guid EndpointB = Guid.NewGuid();

    private static Delivery For(Guid endpoint, string subject, long sequence, string type) =>
        Delivery.Create(endpoint, CareHome, Guid.NewGuid(), type, subject, sequence, Monday);

    [Fact]
    public void A_later_event_of_a_subject_waits_behind_the_earlier_one_being_retried()
    {
        var offered = For(EndpointA, "request-7", 1, ProviderEventTypes.PlacementOffered);
        var awarded = For(EndpointA, "request-7", 2, ProviderEventTypes.PlacementAwarded);
        offered.RecordAttempt(AttemptResult.Answered(500, TimeSpan.Zero), Monday, 0);

        // At +3 s the award is due but the offer (retried at +5 s) still holds the subject.
        Assert.Empty(SubjectQueue.MayGoNow([offered, awarded], Monday.AddSeconds(3)));
        Assert.Same(offered, Assert.Single(SubjectQueue.MayGoNow([offered, awarded], Monday.AddSeconds(5))));

        offered.RecordAttempt(AttemptResult.Answered(200, TimeSpan.Zero), Monday.AddSeconds(5), 0);
        Assert.Same(awarded, Assert.Single(SubjectQueue.MayGoNow([offered, awarded], Monday.AddSeconds(5))));
    }

    [Fact]
    public void Other_subjects_and_other_endpoints_do_not_wait()
    {
        var first = For(EndpointA, "request-7", 1, ProviderEventTypes.PlacementOffered);
        var otherSubject = For(EndpointA, "request-8", 2, ProviderEventTypes.PlacementOffered);
        var otherEndpoint = For(EndpointB, "request-7", 3, ProviderEventTypes.PlacementAwarded);
        first.RecordAttempt(AttemptResult.Answered(500, TimeSpan.Zero), Monday, 0);

        Assert.Equal([otherSubject, otherEndpoint], SubjectQueue.MayGoNow([first, otherSubject, otherEndpoint],
            Monday.AddSeconds(1)));
    }

    [Fact]
    public void An_exhausted_or_stopped_delivery_no_longer_holds_its_subject()
    {
        var stopped = For(EndpointA, "contract-3", 1, ProviderEventTypes.ContractAwarded);
        var next = For(EndpointA, "contract-3", 2, ProviderEventTypes.ContractVaried);
        stopped.Stop();

        Assert.Same(next, Assert.Single(SubjectQueue.MayGoNow([stopped, next], Monday)));
    }
}
