using Commissioning.Domain;

namespace Commissioning.Persistence;

/// <summary>
/// Which page of a list the caller asks for: <c>limit</c> records (1 to 500, 100 unless asked) after skipping
/// <c>offset</c> (0 unless asked), oldest change first (<see cref="Aggregates{T}.Page"/>). The store pages the
/// caller's tenancies' records; a service's domain may then keep those the caller may see.
/// </summary>
public readonly record struct ListPage(int Offset, int Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static ListPage Of(int? offset, int? limit)
    {
        var size = limit ?? DefaultLimit;
        RuleViolation.Require(size is >= 1 and <= MaxLimit, "limit", $"A page holds 1 to {MaxLimit} records.");
        RuleViolation.Require(offset is null or >= 0, "offset", "The offset is 0 or more.");
        return new ListPage(offset ?? 0, size);
    }
}
