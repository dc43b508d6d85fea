using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.Staff;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

public class StaffRecordTests
{
    [Fact]
    public void A_record_holds_employer_team_FTE_service_terms_pension_and_band_A_1_5_W_1_5_1()
    {
        var w = new Commissioners();

        var record = w.CouncilCommissioner();

        Assert.Equal((w.Council.Id, "E08000015", EmploymentSector.LocalGovernment),
            (record.EmployerId, record.EmployerCode, record.Sector));
        Assert.Equal(w.CouncilTeam, record.TeamId);
        Assert.Equal(F(1), record.Fte);
        Assert.Equal(new DateOnly(2009, 9, 1), record.Terms.ContinuousServiceStart);
        Assert.Equal("NJC Green Book 2009 v3", record.Terms.TermsReference);
        Assert.Equal(PensionScheme.LocalGovernmentPensionScheme, record.Terms.PensionScheme);
        Assert.Equal("Grade 10", record.Terms.PayBand);
    }

    [Fact]
    public void The_reference_that_leaves_the_service_says_nothing_about_the_person()
    {
        var w = new Commissioners();

        var first = w.CouncilCommissioner();
        var second = w.CouncilCommissioner();

        Assert.Matches("^WF-[0-9A-F]{16}$", first.Reference);
        Assert.NotEqual(first.Reference, second.Reference);
        Assert.DoesNotContain("Morgan", first.Reference, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_pension_scheme_belongs_to_the_record_not_the_team_W_658()
    {
        var w = new Commissioners();

        var commissioner = w.CouncilCommissioner();
        var publicHealth = w.CouncilCommissioner(PensionScheme.NhsPensionScheme);

        Assert.Equal(commissioner.TeamId, publicHealth.TeamId);
        Assert.Equal(PensionScheme.NhsPensionScheme, publicHealth.Terms.PensionScheme);
    }

    [Theory]
    [InlineData("0", "fte")]
    [InlineData("1.01", "fte")]
    public void A_person_holds_more_than_none_and_at_most_one_FTE(string fte, string field)
    {
        var w = new Commissioners();
        var terms = new StaffTerms(F(decimal.Parse(fte)), new DateOnly(2009, 9, 1), "Green Book",
            PensionScheme.LocalGovernmentPensionScheme);

        var violation = Violation(() => StaffRecord.Open(w.Council, w.CouncilTeams, w.CouncilTeam,
            Commissioners.Person("A", "B"), terms, Commissioners.Today));

        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public void Continuous_service_cannot_start_in_the_future_and_terms_are_named()
    {
        var w = new Commissioners();
        var terms = new StaffTerms(F(1), Commissioners.Today.AddDays(1), "Green Book",
            PensionScheme.LocalGovernmentPensionScheme);

        Assert.Equal("continuousServiceStart", Violation(() => StaffRecord.Open(w.Council, w.CouncilTeams,
            w.CouncilTeam, Commissioners.Person("A", "B"), terms, Commissioners.Today)).Field);
        Assert.Equal("termsReference", Violation(() => StaffRecord.Open(w.Council, w.CouncilTeams,
            w.CouncilTeam, Commissioners.Person("A", "B"), terms with { ContinuousServiceStart = new(2010, 1, 4),
                TermsReference = " " }, Commissioners.Today)).Field);
    }

    [Fact]
    public void A_record_is_opened_only_in_its_employers_own_team()
    {
        var w = new Commissioners();
        var terms = new StaffTerms(F(1), new DateOnly(2009, 9, 1), "Green Book",
            PensionScheme.LocalGovernmentPensionScheme);

        var violation = Violation(() => StaffRecord.Open(w.Council, w.CcgTeams, w.CcgTeams.Teams[0].Id,
            Commissioners.Person("A", "B"), terms, Commissioners.Today));

        Assert.Equal("teamId", violation.Field);
        Assert.Equal(ViolationKind.NotFound, Violation(() => StaffRecord.Open(w.Council, w.CouncilTeams,
            Guid.NewGuid(), Commissioners.Person("A", "B"), terms, Commissioners.Today)).Kind);
    }

    [Fact]
    public void Changing_hours_keeps_continuous_service_and_terms()
    {
        var record = new Commissioners().CouncilCommissioner();

        record.ChangeHours(F(0.6m), "Grade 9", Commissioners.Today);

        Assert.Equal((F(0.6m), "Grade 9"), (record.Fte, record.Terms.PayBand));
        Assert.Equal(new DateOnly(2009, 9, 1), record.Terms.ContinuousServiceStart);
        Assert.Equal("NJC Green Book 2009 v3", record.Terms.TermsReference);
    }

    [Fact]
    public void A_team_move_stays_within_the_employer()
    {
        var w = new Commissioners();
        var record = w.CouncilCommissioner();
        w.CouncilTeams.Restate([.. w.CouncilTeams.Teams.Select(t => t.Figures),
            new TeamFigures("Public Health commissioning", 500_000m, 10, F(10), F(0))]);
        var publicHealth = w.CouncilTeams.Find("Public Health commissioning")!.Id;

        record.MoveToTeam(w.CouncilTeams, publicHealth);

        Assert.Equal(publicHealth, record.TeamId);
        Assert.Equal("teamId", Violation(() => record.MoveToTeam(w.CcgTeams, w.CcgTeams.Teams[0].Id)).Field);
    }

    [Fact]
    public void Age_is_counted_in_whole_years_on_the_day()
    {
        var person = Commissioners.Person("A", "B");

        Assert.Equal(37, person.AgeOn(new DateOnly(2018, 6, 14)));
        Assert.Equal(38, person.AgeOn(new DateOnly(2018, 6, 15)));
    }
}
