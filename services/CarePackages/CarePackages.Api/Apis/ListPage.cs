using Commissioning.Domain;

namespace CarePackages.Api.Apis;

/// <summary>
/// Which page of a list the caller asks for: <c>limit</c> records (1 to 500, 100 unless asked) after skipping
/// <c>offset</c> (0 unless asked), oldest change first. The store pages the caller's council's records; the
/// domain then keeps those the caller may see (a provider's own requests, the caller's worklist).
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
