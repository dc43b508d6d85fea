using Commissioning.Domain;

namespace Workforce.Domain.Staff;

/// <summary>The rules a staff record, its terms, its assignments and its transfer status keep.</summary>
public static class StaffRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule PersonNamed = new("person-named", Invalid,
        "A staff record's particulars carry the person's given and family names.", "TUPE reg. 11(2)(a)");
    public static readonly Rule StillEmployed = new("still-employed", State,
        "An employment that has ended changes no more.");
    public static readonly Rule WithinTheEmployer = new("within-the-employer", Invalid,
        "A person's team is in their own employer's establishment.", "A §1.15");
    public static readonly Rule CaseStated = new("employment-case-stated", Invalid,
        "An employment case is described and has started (not in the future).", "TUPE reg. 11(2)(d)-(e)");
    public static readonly Rule OnePersonAtMostOneFte = new("one-person-at-most-one-fte", Invalid,
        "A person holds more than 0 and at most 1 FTE.", "A §1.5; W §1.5.1");
    public static readonly Rule ServiceFromBirthToToday = new("continuous-service-in-the-past", Invalid,
        "Continuous service starts after the person was born and not in the future.", "A §5.17 L1196");
    public static readonly Rule TermsNamed = new("terms-named", Invalid,
        "A record names the terms and conditions (the written particulars) the person is employed on.",
        "TUPE reg. 11(2)(b)");
    public static readonly Rule DecisionCited = new("decision-cited", Invalid,
        "A governance decision is cited by its body and reference.", "W:856");
    public static readonly Rule HostIsNotTheEmployer = new("host-is-not-the-employer", Invalid,
        "An assignment or secondment is to a host other than the employer.", "S:59 (BR-63)");
    public static readonly Rule AssignmentWithinEmployment = new("assignment-within-employment", Invalid,
        "An assignment starts within the employment and ends no earlier than it starts, and not twice.",
        "S:59 (BR-63)");
    public static readonly Rule AssignmentsDoNotOverlap = new("assignments-do-not-overlap", State,
        "A person is assigned to one host at a time.", "S:59 (BR-63)");
    public static readonly Rule RechargeStatesItsBasis = new("recharge-states-its-basis", Invalid,
        "A recharge states the figure its basis needs (a percentage above 0 and at most 100, or a yearly amount in "
        + "whole pence above zero) and no other.", "S:59");
    public static readonly Rule TransferStatusAllows = new("transfer-status-allows", State,
        "A no-transfer decision or a transfer proposal needs the person not already in a transfer.", "W:856");
    public static readonly Rule NoTransferNeedsNewDecision = new("no-transfer-needs-new-decision", Invalid,
        "Proposing a transfer for staff told they would not transfer needs a later decision and a consultation.",
        "W:856, W:658 (BR-57)");
}
