using Commissioning.Domain;
using Commissioning.Testing;
using Workforce.Domain.Employers;
using Workforce.Domain.Posts;
using Workforce.Domain.Staff;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

public class AssignmentTests
{
    private static readonly DateOnly April2018 = new(2018, 4, 1);

    [Fact]
    public void A_secondment_changes_neither_employer_sector_pension_nor_continuity_S_59()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();

        record.Assign(AssignmentKind.Secondment, w.Ccg, null, April2018, new DateOnly(2019, 3, 31),
            new Recharge(RechargeBasis.Percentage, Percentage: 50));

        Assert.Equal((w.Council.Id, EmploymentSector.LocalGovernment), (record.EmployerId, record.Sector));
        Assert.Equal(PensionScheme.LocalGovernmentPensionScheme, record.Terms.PensionScheme);
        Assert.Equal(new DateOnly(2009, 9, 1), record.Terms.ContinuousServiceStart);
        Assert.Equal("12F", record.AssignmentOn(new DateOnly(2018, 10, 1))!.HostCode);
        Assert.Null(record.AssignmentOn(new DateOnly(2019, 4, 1)));
    }

    [Fact]
    public void The_host_must_be_another_body_than_the_employer()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();

        var violation = Violation(() => record.Assign(AssignmentKind.Secondment, w.Council, null, April2018, null,
            Recharge.None));

        Assert.Equal("hostEmployerId", violation.Field);
    }

    [Fact]
    public void Assignments_do_not_overlap_and_end_after_they_start()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();
        record.Assign(AssignmentKind.Secondment, w.Ccg, null, April2018, new DateOnly(2018, 9, 30), Recharge.None);

        Assert.Equal(ViolationKind.Precondition, Violation(() => record.Assign(AssignmentKind.Assignment, w.Ccg, null,
            new DateOnly(2018, 9, 30), null, Recharge.None)).Kind);
        Assert.Equal("end", Violation(() => record.Assign(AssignmentKind.Assignment, w.Ccg, null,
            new DateOnly(2018, 12, 1), new DateOnly(2018, 11, 30), Recharge.None)).Field);
        record.Assign(AssignmentKind.Assignment, w.Ccg, null, new DateOnly(2018, 10, 1), null, Recharge.None);
        Assert.Equal(2, record.Assignments.Count);
    }

    [Fact]
    public void An_assignment_ended_early_frees_the_person_for_the_next()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();
        var first = record.Assign(AssignmentKind.Secondment, w.Ccg, null, April2018, null, Recharge.None);

        record.EndAssignment(first.Id, new DateOnly(2018, 6, 30));
        record.Assign(AssignmentKind.Secondment, w.Ccg, null, new DateOnly(2018, 7, 1), null, Recharge.None);

        Assert.Equal(new DateOnly(2018, 6, 30), record.Assignments[0].End);
        Assert.Equal("on", Violation(() => record.EndAssignment(first.Id, new DateOnly(2018, 7, 1))).Field);
        Assert.Equal(ViolationKind.NotFound, Violation(() => record.EndAssignment(Guid.NewGuid(), April2018)).Kind);
    }

    [Fact]
    public void A_vacated_post_can_be_filled_again()
    {
        var s = new Commissioners();
        var post = Post.Establish(s.Staffordshire, "Commissioning Manager", F(1), [EmploymentSector.Nhs], null);
        var holder = s.NorthStaffsCommissioner();
        holder.Assign(AssignmentKind.Assignment, s.Staffordshire, post.Id, April2018, null, Recharge.None);
        post.Fill(holder, April2018);

        post.Vacate();

        Assert.Equal((PostStatus.Vacant, null), (post.Status, post.HolderReference));
        post.Fill(holder, April2018.AddDays(1));
        Assert.Equal(PostStatus.Filled, post.Status);
    }

    [Theory]
    [InlineData(RechargeBasis.Percentage, null, null, "recharge.percentage")]
    [InlineData(RechargeBasis.Percentage, "101", null, "recharge.percentage")]
    [InlineData(RechargeBasis.FixedAnnualAmount, null, "0", "recharge.annualAmount")]
    [InlineData(RechargeBasis.FullCost, "50", null, "recharge.percentage")]
    public void A_recharge_states_what_its_basis_needs(RechargeBasis basis, string? percentage, string? amount,
        string field)
    {
        var w = new Commissioners();
        var recharge = new Recharge(basis, percentage is null ? null : decimal.Parse(percentage),
            amount is null ? null : decimal.Parse(amount));

        var violation = Violation(() => w.CouncilCommissioner().Assign(AssignmentKind.Secondment, w.Ccg, null,
            April2018, null, recharge));

        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public void A_post_open_to_NHS_and_council_staff_is_filled_without_a_transfer_S_59()
    {
        var s = new Commissioners();
        var post = Post.Establish(s.Staffordshire, "Commissioning Manager (HWB programme office)", F(1),
            [EmploymentSector.Nhs, EmploymentSector.LocalGovernment], "JCU pooled fund"); // S:57, S:59
        var nhsCommissioner = s.NorthStaffsCommissioner();
        var another = s.CouncilCommissioner();

        var noAssignment = Violation(() => post.Fill(nhsCommissioner, April2018));
        nhsCommissioner.Assign(AssignmentKind.Assignment, s.Staffordshire, post.Id, April2018, null,
            new Recharge(RechargeBasis.FullCost, FundedFrom: "JCU pooled fund"));
        post.Fill(nhsCommissioner, April2018);

        Assert.Equal("staffRecordId", noAssignment.Field);
        Assert.Equal((PostStatus.Filled, nhsCommissioner.Reference), (post.Status, post.HolderReference));
        Assert.Equal(("05G", EmploymentSector.Nhs), (nhsCommissioner.EmployerCode, nhsCommissioner.Sector));
        Assert.Equal(PensionScheme.NhsPensionScheme, nhsCommissioner.Terms.PensionScheme);
        Assert.Equal(ViolationKind.Precondition, Violation(() => post.Fill(another, April2018)).Kind);
    }

    [Fact]
    public void A_post_refuses_staff_of_a_sector_it_is_not_open_to()
    {
        var s = new Commissioners();
        var post = Post.Establish(s.NorthStaffsCcg, "NHS-only post", F(1), [EmploymentSector.Nhs], null);
        var councilOfficer = s.CouncilCommissioner();
        councilOfficer.Assign(AssignmentKind.Secondment, s.NorthStaffsCcg, post.Id, April2018, null, Recharge.None);

        var violation = Violation(() => post.Fill(councilOfficer, April2018));

        Assert.Contains("LocalGovernment", violation.Message);
    }

    [Fact]
    public void Co_located_staff_recorded_as_not_transferring_need_a_new_decision_and_consultation_W_856()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();
        record.RecordIntegration(IntegrationStatus.CoLocated, "Old Market House, 4th floor"); // W:991-993
        record.RecordNoTransfer(Commissioners.FbcNoTransfer);
        var project = Guid.NewGuid();
        var sameDay = Commissioners.FbcNoTransfer with { Reference = "again" };
        var later = new GovernanceDecision("Joint Strategic Commissioning Board", "JSCB 2019/04", new DateOnly(2019,
            4, 1));

        var rule = StaffRules.NoTransferNeedsNewDecision;
        Assert.Equal(("decision", rule), Violation(() => record.ProposeTransfer(project, null, null)).Named());
        Assert.Equal(("decision.decidedOn", rule),
            Violation(() => record.ProposeTransfer(project, sameDay, "TU-1")).Named());
        Assert.Equal(("consultationReference", rule),
            Violation(() => record.ProposeTransfer(project, later, " ")).Named());
        Assert.Equal(TransferStatus.NoTransfer, record.TransferStatus);
        record.ProposeTransfer(project, later, "Staff and trade union consultation 2019");
        Assert.Equal(TransferStatus.ProposedTransfer, record.TransferStatus);
    }
}
