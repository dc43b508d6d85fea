using System.Text.Json;
using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

public class EstablishmentTests
{
    [Fact]
    public void In_scope_FTE_is_FTE_in_post_plus_vacancies_A_1_15_L379()
    {
        var establishment = new AllAge().Establishment();

        Assert.Equal(["72.00", "27.00", "29.00"], establishment.Teams.Select(t => t.InScopeFte.ToString()));
        Assert.Equal(F(128), establishment.Totals.InScopeFte);
        Assert.Equal(F(110), establishment.Totals.FteInPost);
        Assert.Equal(F(18), establishment.Totals.VacantFte);
    }

    [Fact]
    public void Headcount_and_staff_budget_are_the_sums_of_the_teams_A_4_1_L790()
    {
        var totals = new AllAge().Establishment().Totals;

        Assert.Equal(123, totals.Headcount);
        Assert.Equal(Millions(5.19m), totals.StaffBudget);
    }

    [Theory]
    [InlineData("headcount", 124, 110, 18, 128, "5.19")]
    [InlineData("fteInPost", 123, 111, 18, 128, "5.19")]
    [InlineData("vacantFte", 123, 110, 17, 128, "5.19")]
    [InlineData("inScopeFte", 123, 110, 18, 127, "5.19")]
    [InlineData("staffBudget", 123, 110, 18, 128, "5.20")]
    public void A_total_row_that_disagrees_with_its_teams_is_refused_naming_the_row_A_R_WF_03(
        string figure, int headcount, int inPost, int vacant, int inScope, string budgetMillions)
    {
        var a = new AllAge();
        var budget = Millions(decimal.Parse(budgetMillions));
        var row = new StatedTotalRow("Total", budget, headcount, F(inPost), F(vacant), F(inScope));

        var violation = Violation(() => Establishment.State(a.Council, AllAge.Teams, [row]));

        Assert.Equal(ViolationKind.Invalid, violation.Kind);
        Assert.Equal($"totals[0].{figure}", violation.Field);
        Assert.Contains("'Total' row", violation.Message);
    }

    [Fact]
    public void A_refused_restatement_changes_nothing()
    {
        var establishment = new AllAge().Establishment();
        var grown = AllAge.MentalHealth with { Headcount = 71 };

        Violation(() => establishment.Restate([grown, AllAge.Disability, AllAge.Children], [AllAge.TotalRow]));

        Assert.Equal(70, establishment.Find(AllAge.MentalHealth.Name)!.Figures.Headcount);
        Assert.Equal(123, establishment.Totals.Headcount);
    }

    [Fact]
    public void A_subtotal_row_checks_only_the_teams_it_names()
    {
        var a = new AllAge();
        var adults = new StatedTotalRow("Adults", Millions(4.13m), 95, F(86), F(13),
            TeamNames: [AllAge.MentalHealth.Name, AllAge.Disability.Name]);
        var wrongAdults = adults with { Headcount = 123 };

        Establishment.State(a.Council, AllAge.Teams, [adults, AllAge.TotalRow]);
        var violation = Violation(() => Establishment.State(a.Council, AllAge.Teams, [AllAge.TotalRow, wrongAdults]));

        Assert.Equal("totals[1].headcount", violation.Field);
        Assert.Contains("'Adults'", violation.Message);
    }

    [Fact]
    public void Restating_keeps_a_teams_identity_by_its_name()
    {
        var establishment = new AllAge().Establishment();
        var id = establishment.Find(AllAge.Children.Name)!.Id;
        var filled = AllAge.Children with { Headcount = 29, FteInPost = F(25), VacantFte = F(4) };

        establishment.Restate([AllAge.MentalHealth, AllAge.Disability, filled]);

        Assert.Equal(id, establishment.Find(AllAge.Children.Name)!.Id);
        Assert.Equal(F(128), establishment.Totals.InScopeFte);
    }

    [Fact]
    public void FTE_below_zero_is_refused()
    {
        var violation = Violation(() => Fte.Of(-0.5m, "teams[0].vacantFte"));

        Assert.Equal("teams[0].vacantFte", violation.Field);
    }

    [Fact]
    public void FTE_is_held_exactly_in_hundredths_as_the_proto_does()
    {
        Assert.Equal(6350, Fte.Of(63.5m, "fte").Hundredths);
        Assert.Equal(F(0.3m), F(0.1m) + F(0.2m));
        Assert.Equal("fte", Violation(() => Fte.Of(0.125m, "fte")).Field);
        Assert.Equal(F(63.5m), JsonSerializer.Deserialize<Fte>(JsonSerializer.Serialize(F(63.5m))));
    }

    [Fact]
    public void A_team_cannot_hold_more_FTE_than_its_headcount_A_1_15_L375()
    {
        var a = new AllAge();
        var overFull = AllAge.MentalHealth with { Headcount = 62 };

        var violation = Violation(() => Establishment.State(a.Council, [overFull, AllAge.Disability]));

        Assert.Equal("teams[0].fteInPost", violation.Field);
    }

    [Fact]
    public void A_team_is_stated_once_and_its_budget_is_in_whole_pence()
    {
        var a = new AllAge();

        Assert.Equal("teams",
            Violation(() => Establishment.State(a.Council, [AllAge.Children, AllAge.Children])).Field);
        Assert.Equal("teams[0].staffBudget",
            Violation(() => Establishment.State(a.Council, [AllAge.Children with { StaffBudget = 10.005m }])).Field);
        Assert.Equal("teams[0].staffBudget",
            Violation(() => Establishment.State(a.Council, [AllAge.Children with { StaffBudget = -1m }])).Field);
    }

    [Theory]
    [InlineData(EmployerKind.Council, "E08000015", true)] // Wirral Council
    [InlineData(EmployerKind.Council, "RXA", false)]
    [InlineData(EmployerKind.NhsBody, "RXA", true)] // CWP
    [InlineData(EmployerKind.NhsBody, "12F", true)] // Wirral CCG
    [InlineData(EmployerKind.NhsBody, "E08000015", false)]
    [InlineData(EmployerKind.Provider, "1-101663962", false)]
    public void An_employer_is_registered_by_the_code_its_kind_uses(EmployerKind kind, string code, bool valid)
    {
        if (valid) Assert.Equal(code, Employer.Register("Employer", kind, code.ToLowerInvariant()).Code);
        else Assert.Equal("code", Violation(() => Employer.Register("Employer", kind, code)).Field);
    }

    [Fact]
    public void An_employers_kind_gives_its_sector_S_59()
    {
        var a = new AllAge();

        Assert.Equal(EmploymentSector.LocalGovernment, a.Council.Sector);
        Assert.Equal(EmploymentSector.Nhs, a.Cwp.Sector);
    }
}
