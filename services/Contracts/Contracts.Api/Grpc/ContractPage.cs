using Commissioning.Domain;
using Commissioning.Persistence;
using Commissioning.Protos.Common.V1;
using Contracts.Api.Infrastructure;
using Contracts.Domain.Agreements;

namespace Contracts.Api.Grpc;

/// <summary>
/// ListContracts' cursor paging over one provider's contracts, filtered and paged in the store
/// (<see cref="Aggregates{T}.PageAfter"/>) in the order the REST lists use: oldest change first, then id. A page
/// size of 0 means <see cref="DefaultSize"/>; larger ones are capped at <see cref="MaxSize"/>. The page token is
/// the last listed contract's place in that order (base64url, opaque to clients), so a contract awarded between
/// two calls neither repeats nor hides another; one changed since its page is listed again, as it now is.
/// </summary>
public static class ContractPage
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static async Task<(IReadOnlyList<CommissioningContract> Contracts, string NextPageToken)> Of(
        Aggregates<CommissioningContract> contracts, string key, PageRequest? page, CancellationToken cancellation)
    {
        var size = Size(page?.PageSize ?? 0);
        var listed = await contracts.PageAfter(StorePosition.FromToken(page?.PageToken, "page.pageToken"), size, key,
            cancellation);
        return (listed.Items, listed.Next is { } next ? next.ToToken() : "");
    }

    private static int Size(int requested) => requested switch
    {
        < 0 => throw ContractsApiRules.PageSizeNotNegative.Broken("page.pageSize", "The page size cannot be negative."),
        0 => DefaultSize,
        _ => Math.Min(requested, MaxSize),
    };
}
