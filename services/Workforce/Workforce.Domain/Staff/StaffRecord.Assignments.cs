using Commissioning.Domain;
using Workforce.Domain.Employers;

namespace Workforce.Domain.Staff;

public sealed partial class StaffRecord
{
    /// <summary>
    /// Rules HostIsNotTheEmployer and AssignmentsDoNotOverlap: seconds or assigns the person to a host
    /// body other than the employer, from start to end (open-ended when none). Employer, sector, pension
    /// and continuous service never change through an assignment (S:59; A R-WF-06).
    /// </summary>
    public Assignment Assign(AssignmentKind kind, Employer host, Guid? postId, DateOnly start, DateOnly? end,
        Recharge recharge)
    {
        RequireEmployed();
        StaffRules.HostIsNotTheEmployer.Require(host.Id != EmployerId, "hostEmployerId",
            "The host is the employer: that is the person's own post, not a secondment or assignment.");
        StaffRules.AssignmentWithinEmployment.Require(end is null || end >= start, "end",
            "An assignment cannot end before it starts.");
        StaffRules.AssignmentWithinEmployment.Require(start >= Terms.ContinuousServiceStart, "start",
            "An assignment cannot start before the employment.");
        var clash = _assignments.FirstOrDefault(a => a.Overlaps(start, end));
        if (clash is not null)
            throw StaffRules.AssignmentsDoNotOverlap.Broken("start",
                $"The person is already assigned to {clash.HostCode} from {clash.Start:yyyy-MM-dd}.");
        var assignment = new Assignment(Guid.NewGuid(), kind, host.Id, host.Code, postId, start, end,
            recharge.Checked());
        _assignments.Add(assignment);
        return assignment;
    }

    /// <summary>Ends an assignment early; the person simply returns to their employer's own work.</summary>
    public void EndAssignment(Guid assignmentId, DateOnly on)
    {
        var index = _assignments.FindIndex(a => a.Id == assignmentId);
        if (index < 0) throw RuleViolation.NotFound("assignmentId",
            $"{assignmentId} is not this person's assignment.");
        var assignment = _assignments[index];
        StaffRules.AssignmentWithinEmployment.Require(on >= assignment.Start, "on",
            "An assignment cannot end before it starts.");
        StaffRules.AssignmentWithinEmployment.Require(assignment.End is null || on <= assignment.End, "on",
            "The assignment has already ended.");
        _assignments[index] = assignment with { End = on };
    }

    public Assignment? AssignmentOn(DateOnly date) => _assignments.FirstOrDefault(a => a.IsActiveOn(date));
}
