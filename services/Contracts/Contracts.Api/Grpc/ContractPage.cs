using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Commissioning.Domain;
using Commissioning.Protos.Common.V1;
using Contracts.Domain.Agreements;

namespace Contracts.Api.Grpc;

/// <summary>
/// ListContracts' cursor paging over one provider's contracts, in start-date order (then id, so the
/// order is total). A page size of 0 means <see cref="DefaultSize"/>; larger ones are capped at
/// <see cref="MaxSize"/>. The page token is the last listed contract's start date and id (base64url,
/// opaque to clients), so a contract awarded between two calls neither repeats nor hides another.
/// A provider holds tens of contracts, so the page is cut from the provider's list in memory.
/// </summary>
public static class ContractPage
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static (IReadOnlyList<CommissioningContract> Contracts, string NextPageToken) Of(IEnumerable<CommissioningContract> contracts, PageRequest? page)
    {
        var size = Size(page?.PageSize ?? 0);
        var after = After(page?.PageToken ?? "");
        var remaining = contracts.OrderBy(c => c.StartsOn).ThenBy(c => c.Id)
            .Where(c => after is not { } cursor || Position(c).CompareTo(cursor) > 0).ToList();
        var listed = remaining.Take(size).ToList();
        return (listed, remaining.Count > size ? Token(listed[^1]) : "");
    }

    private static (DateOnly StartsOn, Guid Id) Position(CommissioningContract contract) => (contract.StartsOn, contract.Id);

    private static int Size(int requested) => requested switch
    {
        < 0 => throw RuleViolation.Invalid("page.pageSize", "The page size cannot be negative."),
        0 => DefaultSize,
        _ => Math.Min(requested, MaxSize),
    };

    private static string Token(CommissioningContract last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{last.StartsOn:yyyy-MM-dd}|{last.Id}"));

    private static (DateOnly, Guid)? After(string token)
    {
        if (token.Length == 0) return null;
        var parts = Base64Url.IsValid(token) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|') : [];
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startsOn)
            && Guid.TryParse(parts[1], out var id)
            ? (startsOn, id)
            : throw RuleViolation.Invalid("page.pageToken", "The page token is not one this service gave.");
    }
}
