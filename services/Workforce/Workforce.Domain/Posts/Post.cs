using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;

namespace Workforce.Domain.Posts;

public enum PostStatus
{
    Vacant,
    Filled,
}

/// <summary>
/// A post hosted by one body and open to staff of the sectors it names. S:57-59: a vacant Commissioning
/// Manager post hosted by SCC, "open to all NHS and LA staff", filled without anyone transferring to a
/// different sector: someone employed elsewhere holds it through a secondment or assignment.
/// </summary>
public sealed class Post : AggregateRoot
{
    private readonly List<EmploymentSector> _openTo = [];

    private Post() { }

    public Guid HostEmployerId { get; private set; }
    public string HostCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Fte Fte { get; private set; }
    public IReadOnlyList<EmploymentSector> OpenTo => _openTo;
    public string? FundedFrom { get; private set; }
    public PostStatus Status { get; private set; }
    public string? HolderReference { get; private set; }
    public DateOnly? FilledOn { get; private set; }

    public static Post Establish(Employer host, string title, Fte fte, IReadOnlyCollection<EmploymentSector> openTo,
        string? fundedFrom)
    {
        PostRules.PostStated.Require(!string.IsNullOrWhiteSpace(title), "title", "A post needs a title.");
        PostRules.PostStated.Require(fte > Fte.Zero && fte <= StaffTerms.Full, "fte",
            "A post is more than 0 and at most 1 FTE.");
        PostRules.PostStated.Require(openTo.Count > 0, "openTo", "Say which sectors' staff may hold the post.");
        var post = new Post
        {
            HostEmployerId = host.Id,
            HostCode = host.Code,
            Title = title.Trim(),
            Fte = fte,
            FundedFrom = string.IsNullOrWhiteSpace(fundedFrom) ? null : fundedFrom.Trim(),
            Status = PostStatus.Vacant,
        };
        post._openTo.AddRange(openTo.Distinct());
        return post;
    }

    /// <summary>
    /// Rules PostOpenToTheHoldersSector and FilledWithoutTransfer (S:59, BR-63): the holder's sector must be
    /// one the post is open to; a holder employed by another body holds it through an assignment to
    /// this post on that day, so their employer, sector and continuity stay as they were.
    /// </summary>
    public void Fill(StaffRecord holder, DateOnly on)
    {
        if (Status != PostStatus.Vacant) throw PostRules.FilledOnce.Broken("postId", "The post is already filled.");
        PostRules.OpenToTheHoldersSector.Require(holder.EmploymentEndedOn is null, "staffRecordId",
            "That employment has ended.");
        PostRules.OpenToTheHoldersSector.Require(_openTo.Contains(holder.Sector), "staffRecordId",
            $"The post is open to {string.Join(" and ", _openTo)} staff, not {holder.Sector}.");
        var throughAssignment = holder.AssignmentOn(on) is { } a && a.PostId == Id
            && a.HostEmployerId == HostEmployerId;
        PostRules.FilledWithoutTransfer.Require(holder.EmployerId == HostEmployerId || throughAssignment,
            "staffRecordId",
            $"Someone employed by {holder.EmployerCode} holds this post through an assignment to it.");
        Status = PostStatus.Filled;
        HolderReference = holder.Reference;
        FilledOn = on;
    }

    public void Vacate()
    {
        Status = PostStatus.Vacant;
        HolderReference = null;
        FilledOn = null;
    }
}
