namespace PooledFinance.Api.Infrastructure;

/// <summary>Today as an English finance office counts it: the date in London, not in UTC (they differ after 11pm in summer).</summary>
public static class BusinessDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);
}
