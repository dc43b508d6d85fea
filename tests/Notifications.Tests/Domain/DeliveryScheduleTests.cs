using Notifications.Domain.Deliveries;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class DeliveryScheduleTests
{
    /// <summary>The published schedule (issue 19): immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.</summary>
    public static TheoryData<int, int> Published => new()
    {
        { 1, 0 }, { 2, 5 }, { 3, 5 * 60 }, { 4, 30 * 60 }, { 5, 2 * 3600 }, { 6, 5 * 3600 }, { 7, 10 * 3600 },
        { 8, 10 * 3600 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Every_step_of_the_schedule_without_jitter(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DeliverySchedule.DelayBefore(attempt, jitter: 0));

    [Fact]
    public void Eight_attempts_over_27_hours_35_minutes_5_seconds()
    {
        Assert.Equal(8, DeliverySchedule.Attempts);
        Assert.Null(DeliverySchedule.DelayBefore(9, 0));
        var total = TimeSpan.FromTicks(DeliverySchedule.Delays.Sum(d => d.Ticks));
        Assert.Equal(new TimeSpan(27, 35, 5), total);
    }

    [Theory]
    [InlineData(2, 0.0, 5_000)]
    [InlineData(2, 0.5, 5_250)]
    [InlineData(2, 1.0, 5_500)]
    [InlineData(4, 1.0, 1_980_000)]
    [InlineData(8, 1.0, 39_600_000)]
    [InlineData(1, 1.0, 0)]
    public void Jitter_lengthens_a_wait_by_at_most_ten_percent(int attempt, double jitter, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DeliverySchedule.DelayBefore(attempt, jitter));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Jitter_is_a_fraction_from_0_to_1(double jitter) =>
        Assert.Equal("jitter", Violation(() => DeliverySchedule.DelayBefore(2, jitter)).Field);

    [Fact]
    public void A_longer_retry_after_is_honoured_a_shorter_one_is_not()
    {
        // After the first failure the schedule waits 5 s; the receiver asks for 120 s.
        Assert.Equal(Monday.AddSeconds(120), DeliverySchedule.NextAttemptAt(Monday, 1, 0, TimeSpan.FromSeconds(120)));
        // After the third failure the schedule waits 30 min; a Retry-After of 60 s does not shorten it.
        Assert.Equal(Monday.AddMinutes(30), DeliverySchedule.NextAttemptAt(Monday, 3, 0, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Retry_after_beyond_the_longest_wait_counts_as_10_hours() =>
        Assert.Equal(Monday.AddHours(10), DeliverySchedule.NextAttemptAt(Monday, 1, 0, TimeSpan.FromDays(3)));

    [Fact]
    public void After_the_eighth_attempt_there_is_no_next() =>
        Assert.Null(DeliverySchedule.NextAttemptAt(Monday, 8, 0, TimeSpan.FromSeconds(30)));

    [Theory]
    [InlineData(200, true)]
    [InlineData(204, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    [InlineData(302, false)]
    [InlineData(400, false)]
    [InlineData(500, false)]
    [InlineData(null, false)]
    public void Only_2xx_succeeds_and_a_redirect_is_a_failure(int? status, bool succeeded) =>
        Assert.Equal(succeeded, DeliverySchedule.Succeeded(status));

    [Theory]
    [InlineData(410, true)]
    [InlineData(404, false)]
    [InlineData(500, false)]
    [InlineData(null, false)]
    public void Only_410_disables_the_endpoint(int? status, bool disables) =>
        Assert.Equal(disables, DeliverySchedule.DisablesEndpoint(status));

    [Fact]
    public void Five_days_of_failures_disable_four_days_23_hours_do_not()
    {
        Assert.False(DeliverySchedule.FailedTooLong(Monday, Monday.AddDays(5).AddTicks(-1)));
        Assert.True(DeliverySchedule.FailedTooLong(Monday, Monday.AddDays(5)));
    }
}
