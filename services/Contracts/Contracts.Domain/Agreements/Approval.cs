using Commissioning.Domain;
using Contracts.Domain.SeedWork;
using Ods = Contracts.Domain.SeedWork.OrganisationCode;

namespace Contracts.Domain.Agreements;

/// <summary>
/// One organisation's decision, through its own governance, to an award, variation or novation.
/// Each partner keeps its statutory accountability, so each must approve for itself (W:714, S:37).
/// </summary>
public sealed record Approval(string OrganisationCode, string ApprovedBy, DateOnly ApprovedOn)
{
    /// <summary>Refuses unless every party has approved, by a named person, no later than the change.</summary>
    public static IReadOnlyList<Approval> RequireFromEach(IReadOnlyCollection<Approval> approvals, IEnumerable<string> parties, DateOnly changeOn)
    {
        var checkedApprovals = approvals.Select(a => a with
        {
            OrganisationCode = Ods.Normalise(a.OrganisationCode, "approvals"),
            ApprovedBy = Text.Required(a.ApprovedBy, "approvals"),
        }).ToList();
        Section75Rules.ApprovedBeforeTheChange.Require(checkedApprovals.All(a => a.ApprovedOn <= changeOn), "approvals",
            "An approval cannot post-date the change it approves.");
        var missing = parties.Except(checkedApprovals.Select(a => a.OrganisationCode)).ToList();
        if (missing.Count > 0)
            throw Section75Rules.ApprovedByEachParty.Broken("approvals",
                $"Not approved by {string.Join(", ", missing)}.");
        return checkedApprovals;
    }
}
