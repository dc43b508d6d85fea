using Commissioning.Domain;
using Commissioning.Testing;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Visibility;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class DeliveryTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(120);

    private static Delivery New(string subject = "plan-1", long sequence = 1) =>
        Delivery.Create(Guid.NewGuid(), CareHome, Guid.NewGuid(), ProviderEventTypes.PlacementOffered, subject,
            sequence, Monday);

    [Fact]
    public void A_new_delivery_goes_at_once_with_the_events_id_as_webhook_id()
    {
        var delivery = New();

        Assert.True(delivery.IsDue(Monday));
        Assert.Equal($"msg_{delivery.EventId:N}", delivery.MessageId);
    }

    [Fact]
    public void A_2xx_answer_succeeds_and_is_recorded()
    {
        var delivery = New();

        Assert.Equal(DeliveryStatus.Succeeded, delivery.RecordAttempt(AttemptResult.Answered(204, Quick), Monday, 0));

        var attempt = Assert.Single(delivery.Attempts);
        Assert.Equal((1, 204, Quick), (attempt.Number, attempt.StatusCode, attempt.Duration));
        Assert.Null(delivery.NextAttemptAt);
    }

    [Fact]
    public void Failures_follow_the_schedule_until_the_eighth_exhausts_the_delivery()
    {
        var delivery = New();
        var at = Monday;
        var expected = new[] { 5, 300, 1800, 7200, 18000, 36000, 36000 };
        foreach (var wait in expected)
        {
            Assert.Equal(DeliveryStatus.Pending, delivery.RecordAttempt(AttemptResult.Answered(500, Quick), at, 0));
            Assert.Equal(at.AddSeconds(wait), delivery.NextAttemptAt);
            at = delivery.NextAttemptAt!.Value;
        }

        var last = delivery.RecordAttempt(AttemptResult.NoAnswer("timed out after 15 s", TimeSpan.FromSeconds(15)),
            at, 0);

        Assert.Equal(DeliveryStatus.Exhausted, last);
        Assert.Equal(8, delivery.Attempts.Count);
        Assert.Equal("timed out after 15 s", delivery.Attempts[^1].Failure);
        var exhausted = Assert.IsType<DeliveryExhausted>(Assert.Single(delivery.DomainEvents));
        Assert.Equal((8, CareHome), (exhausted.Attempts, exhausted.Owner));
        Assert.Equal(ViolationKind.Precondition,
            Violation(() => delivery.RecordAttempt(AttemptResult.Answered(200, Quick), at.AddDays(1), 0)).Kind);
    }

    [Fact]
    public void Three_500s_then_a_200_delivers_on_the_fourth_attempt()
    {
        var delivery = New();
        var at = Monday;
        for (var i = 0; i < 3; i++)
        {
            delivery.RecordAttempt(AttemptResult.Answered(500, Quick, "upstream down"), at, 0);
            at = delivery.NextAttemptAt!.Value;
        }

        Assert.Equal(Monday.AddSeconds(5 + 300 + 1800), at);
        Assert.Equal(DeliveryStatus.Succeeded, delivery.RecordAttempt(AttemptResult.Answered(200, Quick), at, 0));
        Assert.Equal([500, 500, 500, 200], delivery.Attempts.Select(a => a.StatusCode!.Value));
    }

    [Fact]
    public void Jitter_and_retry_after_set_the_next_attempt()
    {
        var delivery = New();
        delivery.RecordAttempt(AttemptResult.Answered(503, Quick, null, TimeSpan.FromSeconds(90)), Monday, 1);
        Assert.Equal(Monday.AddSeconds(90), delivery.NextAttemptAt);

        delivery.RecordAttempt(AttemptResult.Answered(503, Quick), Monday.AddSeconds(90), 1);
        Assert.Equal(Monday.AddSeconds(90).AddMinutes(5.5), delivery.NextAttemptAt);
    }

    [Fact]
    public void A_410_stops_the_delivery()
    {
        var delivery = New();

        Assert.Equal(DeliveryStatus.Stopped, delivery.RecordAttempt(AttemptResult.Answered(410, Quick), Monday, 0));
        Assert.Empty(delivery.DomainEvents);
    }

    [Fact]
    public void An_attempt_before_it_is_due_is_refused()
    {
        var delivery = New();
        delivery.RecordAttempt(AttemptResult.Answered(500, Quick), Monday, 0);

        Assert.Equal(("at", DeliveryRules.AttemptDue), Violation(() =>
            delivery.RecordAttempt(AttemptResult.Answered(200, Quick), Monday.AddSeconds(4), 0)).Named());
    }

    [Fact]
    public void The_response_excerpt_is_cut_to_1_kb_between_characters()
    {
        var delivery = New();
        var body = new string('x', 1023) + "é" + new string('y', 5000);

        delivery.RecordAttempt(AttemptResult.Answered(500, Quick, body), Monday, 0);

        var excerpt = delivery.Attempts[0].ResponseExcerpt!;
        Assert.Equal(1023, excerpt.Length);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(excerpt) <= 1024);
        Assert.Equal("short", ResponseExcerpt.Cut("short"));
        Assert.Equal(1024, ResponseExcerpt.Cut(new string('z', 3000))!.Length);
    }

    [Theory]
    [InlineData(99, null)]
    [InlineData(600, null)]
    [InlineData(null, " ")]
    public void An_attempt_has_a_status_or_a_failure(int? status, string? failure) =>
        Assert.Equal(("statusCode", DeliveryRules.AttemptWellFormed), Violation(() => New().RecordAttempt(
            new AttemptResult(status, failure, Quick, null, null), Monday, 0)).Named());

    [Fact]
    public void A_delivery_needs_a_subject() =>
        Assert.Equal(("subject", DeliveryRules.SubjectCarried), Violation(() => New(subject: " ")).Named());
}
