using Workforce.Domain.Employers;
using Workforce.Domain.Posts;

namespace Workforce.Api.Apis;

/// <summary>A post the employer hosts (S:57): its title, FTE (more than 0, at most 1), the sectors whose staff
/// may hold it and the fund it is drawn from where one is named (S:59 "the existing JCU pooled fund").</summary>
public sealed record NewPost(string Title, decimal Fte, IReadOnlyList<EmploymentSector>? OpenTo,
    string? FundedFrom = null);

/// <summary>Who fills the post and from when: a staff record of the host, or of another body assigned to this
/// post by its own employer's HR officer on that day.</summary>
public sealed record PostFilling(Guid StaffRecordId, DateOnly On);

/// <summary>
/// A hosted post: counts and the holder's pseudonymous reference only, never their personal data, which stays
/// on the staff record their own employer keeps.
/// </summary>
public sealed record PostView(Guid Id, Guid HostEmployerId, string HostCode, string Title, decimal Fte,
    IReadOnlyList<EmploymentSector> OpenTo, string? FundedFrom, PostStatus Status, string? HolderReference,
    DateOnly? FilledOn)
{
    public static PostView Of(Post p) => new(p.Id, p.HostEmployerId, p.HostCode, p.Title, p.Fte.Value, p.OpenTo,
        p.FundedFrom, p.Status, p.HolderReference, p.FilledOn);
}
