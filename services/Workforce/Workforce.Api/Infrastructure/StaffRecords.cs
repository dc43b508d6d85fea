using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Workforce.Domain.Employers;
using Workforce.Domain.Posts;
using Workforce.Domain.Staff;

namespace Workforce.Api.Infrastructure;

/// <summary>Staff records in the store: personal data, so every read is an HR officer's of the employer.</summary>
public static class StaffRecords
{
    public const int DefaultPage = 100;
    public const int MaxPage = 500;

    /// <summary>The record, once the caller is known to be an HR officer of its employer (403 otherwise).</summary>
    public static async Task<StaffRecord> OpenAsHr(this WorkforceStore store, ClaimsPrincipal user, Guid id)
    {
        var record = await store.Aggregates<StaffRecord>().Get(id);
        EmployerAccess.RequireHrOfficerOf(user, record.EmployerCode);
        return record;
    }

    /// <summary>
    /// One page of an employer's records in id order, cut in the store (an NHS trust holds tens of thousands):
    /// the rows after <paramref name="after"/>, one more than asked to tell whether another page follows.
    /// </summary>
    public static async Task<(IReadOnlyList<StaffRecord> Records, Guid? Next)> PageOf(this WorkforceStore store,
        Guid employerId, Guid? after, int? limit, CancellationToken ct = default)
    {
        var size = limit ?? DefaultPage;
        WorkforceApiRules.PageSize.Require(size is >= 1 and <= MaxPage, "limit",
            $"A page holds 1 to {MaxPage} records.");
        var key = employerId.ToString();
        var rows = await store.StoredAggregates.AsNoTracking()
            .Where(a => a.Type == nameof(StaffRecord) && a.Key == key)
            .Where(a => after == null || a.Id.CompareTo(after.Value) > 0)
            .OrderBy(a => a.Id).Take(size + 1).Select(a => a.Body).ToListAsync(ct);
        var records = rows.Take(size).Select(DomainJson.Deserialize<StaffRecord>).ToList();
        return (records, rows.Count > size ? records[^1].Id : null);
    }

    /// <summary>
    /// A host body by its code, whoever's tenancy it is: a secondment names another employer, which the
    /// employer's HR officer may not read, only name. The host is read, never changed, here.
    /// </summary>
    public static async Task<Employer> HostByCode(this WorkforceStore store, string? code, string field)
    {
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        var body = await store.StoredAggregates.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Type == nameof(Employer) && a.Key == normalised).Select(a => a.Body)
            .FirstOrDefaultAsync();
        return body is null ? throw RuleViolation.NotFound(field, $"There is no employer {normalised}.")
            : DomainJson.Deserialize<Employer>(body);
    }

    /// <summary>
    /// An assignment to a post names one the host has established; anything else is a 404 naming
    /// <c>postId</c>. The post is in the host's tenancy, so the employer's HR officer asks across it only
    /// whether the host has that post, and learns nothing of the post itself.
    /// </summary>
    public static async Task RequirePostOf(this WorkforceStore store, Employer host, Guid postId)
    {
        var hostKey = host.Id.ToString();
        var hosted = await store.StoredAggregates.IgnoreQueryFilters()
            .AnyAsync(a => a.Type == nameof(Post) && a.Id == postId && a.Key == hostKey);
        if (!hosted) throw RuleViolation.NotFound("postId", $"{host.Code} hosts no post {postId}.");
    }

    /// <summary>
    /// The record of who is to hold a hosted post, read (never changed) whoever's tenancy it is in: the host's
    /// own staff, or someone whose employer assigned them to this very post. Any other record is a 404, so the
    /// host learns nothing of another body's staff it was not offered.
    /// </summary>
    public static async Task<StaffRecord> HolderFor(this WorkforceStore store, Post post, Guid staffRecordId)
    {
        var body = await store.StoredAggregates.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Type == nameof(StaffRecord) && a.Id == staffRecordId).Select(a => a.Body)
            .FirstOrDefaultAsync();
        var record = body is null ? null : DomainJson.Deserialize<StaffRecord>(body);
        var offered = record is not null && (record.EmployerId == post.HostEmployerId
            || record.Assignments.Any(a => a.PostId == post.Id));
        return offered ? record! : throw RuleViolation.NotFound("staffRecordId",
            $"No staff record {staffRecordId} is the host's or assigned to this post.");
    }
}
