using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;

namespace Workforce.Tests.Domain;

public class EliPackTests
{
    private static readonly DateOnly PackDate = new(2018, 3, 2);

    [Fact]
    public void The_pack_covers_each_employee_who_transfers_with_identity_age_and_particulars_anchors_B_10()
    {
        var t = new AllAgeTransfer();
        var first = t.Records[0];

        var pack = EliPack.Assemble(t.Project, t.Particulars, ["NJC for Local Government Services"], PackDate);

        Assert.Equal((123, new DateOnly(2018, 3, 4)), (pack.Employees.Count, pack.DueOn));
        var entry = pack.Employees.Single(e => e.Reference == first.Reference);
        Assert.Equal((first.Personal.FamilyName, first.Personal.AgeOn(PackDate), first.Terms.TermsReference),
            (entry.FamilyName, entry.Age, entry.TermsReference));
        Assert.Equal((first.Terms.ContinuousServiceStart, PensionScheme.LocalGovernmentPensionScheme),
            (entry.ContinuousServiceStart, entry.PensionScheme));
        Assert.Equal(["NJC for Local Government Services"], pack.CollectiveAgreements);
    }

    [Fact]
    public void Cases_of_the_previous_two_years_are_disclosed_and_older_ones_are_not()
    {
        var t = new AllAgeTransfer();
        var record = t.Records[1];
        record.RecordCase(new EmploymentCase(EmploymentCaseKind.Grievance, new DateOnly(2016, 3, 2), "Rota"),
            PackDate);
        record.RecordCase(new EmploymentCase(EmploymentCaseKind.Disciplinary, new DateOnly(2016, 3, 1), "Old"),
            PackDate);

        var pack = EliPack.Assemble(t.Project, t.Particulars, [], PackDate);

        Assert.Equal(["Rota"],
            pack.Employees.Single(e => e.Reference == record.Reference).Cases.Select(c => c.Summary));
    }

    [Fact]
    public void An_objector_is_left_out_of_the_pack()
    {
        var t = new AllAgeTransfer();
        t.Project.RecordObjection(t.Records[0], new DateOnly(2018, 2, 1));

        var pack = EliPack.Assemble(t.Project, t.Particulars, [], PackDate);

        Assert.Equal(122, pack.Employees.Count);
        Assert.DoesNotContain(pack.Employees, e => e.Reference == t.Records[0].Reference);
    }

    [Fact]
    public void The_pack_is_refused_without_every_transferring_record()
    {
        var t = new AllAgeTransfer();

        var violation = Seeds.Violation(() =>
            EliPack.Assemble(t.Project, t.Particulars.Skip(1).ToList(), [], PackDate));

        Assert.Equal("staffRecords", violation.Field);
    }
}
