using Commissioning.Domain;
using Commissioning.Testing;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

public class TransferProjectTests
{
    [Fact]
    public void ELI_is_due_28_days_before_the_transfer_reg_11_1_April_2018_gives_4_March_2018()
    {
        var t = new AllAgeTransfer();

        Assert.Equal(new DateOnly(2018, 3, 4), t.Project.EliDueOn);
        Assert.Equal(new DateOnly(2018, 3, 4), t.Project.DomainEvents.OfType<TransferScheduled>().Single().EliDueOn);
    }

    [Fact]
    public void ELI_after_the_deadline_needs_a_reason_and_writes_nothing_without_one()
    {
        var t = new AllAgeTransfer();

        var violation = Violation(() => t.Project.ProvideEli(new DateOnly(2018, 3, 5), " "));
        Assert.Equal(("lateReason", TransferRules.EliLateNeedsReason), violation.Named());
        Assert.Null(t.Project.Eli);
        t.Project.ProvideEli(new DateOnly(2018, 3, 4), null); // on the day is in time
        t.Project.ProvideEli(new DateOnly(2018, 3, 9), "Payroll correction after the pay award, reg. 11(5)");
        Assert.Equal((2, new DateOnly(2018, 3, 4)), (t.Project.Eli!.Version, t.Project.Eli.FirstProvidedOn));
        Assert.Equal([false, true], t.Project.DomainEvents.OfType<EliProvided>().Select(e => e.Late));
    }

    [Fact]
    public void A_transfer_attempted_before_the_consultation_closed_is_refused()
    {
        var t = new AllAgeTransfer();
        t.Project.CommissionDueDiligence(new DateOnly(2017, 10, 16));
        t.Project.OpenConsultation(new DateOnly(2017, 12, 4), [AllAgeTransfer.Unions]);

        var violation = Violation(() => t.Transfer(AllAgeTransfer.TransferDate));

        Assert.Equal(("consultation", TransferRules.TransferAfterConsultationClosed), violation.Named());
        Assert.All(t.Records, r => Assert.Equal("E08000015", r.EmployerCode));
    }

    [Theory]
    [InlineData("2018-03-31")]
    [InlineData("2018-04-02")]
    public void The_transfer_happens_only_on_its_date_A_R_WF_05(string day)
    {
        var t = new AllAgeTransfer().ReadyToTransfer();

        var violation = Violation(() => t.Transfer(DateOnly.Parse(day)));

        Assert.Equal("transferDate", violation.Field);
        Assert.Equal(TransferProjectStatus.Planning, t.Project.Status);
    }

    [Fact]
    public void On_1_April_2018_the_123_records_110_FTE_and_18_vacancies_belong_to_CWP()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();

        t.Transfer(AllAgeTransfer.TransferDate);

        Assert.Equal(123,
            t.Records.Count(r => r.EmployerCode == "RXA" && r.TransferStatus == TransferStatus.Transferred));
        Assert.Equal(F(110), Fte.Sum(t.Records.Select(r => r.Fte)));
        Assert.Equal((123, F(110), F(18), Millions(5.19m)),
            (t.Cwp.Totals.Headcount, t.Cwp.Totals.FteInPost, t.Cwp.Totals.VacantFte, t.Cwp.Totals.StaffBudget));
        Assert.Empty(t.Council.Teams);
        var completed = t.Project.DomainEvents.OfType<TransferCompleted>().Single();
        Assert.Equal((123, F(110), F(18), 0), (completed.Employees, completed.Fte, completed.VacantFte,
            completed.Objectors));
        Assert.Equal([F(9), F(4), F(5)], t.Project.DomainEvents.OfType<VacancyTransferred>().Select(v => v.Fte));
    }

    [Fact]
    public void Continuous_service_and_terms_survive_the_transfer_A_5_17_L1196()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();
        var before = t.Records.ToDictionary(r => r.Id, r => (r.Terms.ContinuousServiceStart, r.Terms.TermsReference,
            r.Terms.PayBand, r.Fte));

        t.Transfer(AllAgeTransfer.TransferDate);

        Assert.All(t.Records, r => Assert.Equal(before[r.Id],
            (r.Terms.ContinuousServiceStart, r.Terms.TermsReference, r.Terms.PayBand, r.Fte)));
        Assert.All(t.Records, r => Assert.Equal(PensionScheme.LocalGovernmentPensionScheme, r.Terms.PensionScheme));
        var moved = t.Records[0].DomainEvents.OfType<EmployeeTransferred>().Single();
        Assert.Equal(("E08000015", "RXA", before[t.Records[0].Id].ContinuousServiceStart),
            (moved.FromEmployerCode, moved.ToEmployerCode, moved.ContinuousServiceStart));
        Assert.Equal([("E08000015", (DateOnly?)new DateOnly(2018, 3, 31)), ("RXA", null)],
            t.Records[0].Spells.Select(s => (s.EmployerCode, s.To)));
    }

    [Fact]
    public void The_transfer_needs_exactly_the_assigned_records_and_moves_none_otherwise()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();
        var doubled = t.Records.Skip(1).Append(t.Records[1]).ToList();

        var violation = Violation(() => t.Project.Transfer(AllAgeTransfer.TransferDate, doubled, t.A.Cwp, t.Council,
            t.Cwp));

        Assert.Equal(("staffRecords", TransferRules.ExactlyTheAssignedRecords), violation.Named());
        Assert.All(t.Records, r => Assert.Equal("E08000015", r.EmployerCode));
        Assert.Empty(t.Cwp.Teams);
    }

    [Fact]
    public void A_team_restated_below_what_is_assigned_stops_the_transfer_before_anything_moves()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();
        t.Council.Restate([AllAge.MentalHealth, AllAge.Disability, AllAge.Children with { VacantFte = F(4) }]);

        var violation = Violation(() => t.Transfer(AllAgeTransfer.TransferDate));

        Assert.Equal("vacantFte", violation.Field);
        Assert.All(t.Records, r => Assert.Equal("E08000015", r.EmployerCode));
        Assert.Equal((3, 123), (t.Council.Teams.Count, t.Council.Totals.Headcount));
        Assert.Empty(t.Cwp.Teams);
    }

    [Fact]
    public void An_objector_does_not_transfer_and_their_employment_ends_reg_4_7()
    {
        var t = new AllAgeTransfer();
        var objector = t.Records[0]; // whole-time, Community Mental Health
        t.Project.RecordObjection(objector, new DateOnly(2018, 2, 1));
        t.ReadyToTransfer();

        t.Transfer(AllAgeTransfer.TransferDate);

        Assert.Equal(("E08000015", TransferStatus.ObjectedToTransfer), (objector.EmployerCode,
            objector.TransferStatus));
        Assert.Equal(AllAgeTransfer.TransferDate, objector.EmploymentEndedOn);
        Assert.Equal((122, F(109)), (t.Cwp.Totals.Headcount, t.Cwp.Totals.FteInPost));
        Assert.Empty(objector.DomainEvents.OfType<EmployeeTransferred>());
    }

    [Fact]
    public void A_transfer_date_before_the_consultation_is_refused()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();

        var violation = Violation(() => t.Project.Reschedule(new DateOnly(2018, 1, 15), new DateOnly(2018, 1, 2)));

        Assert.Equal("transferDate", violation.Field);
        Assert.Equal(AllAgeTransfer.TransferDate, t.Project.TransferDate);
    }

    [Fact]
    public void Rescheduling_moves_the_ELI_deadline_and_refuses_a_date_that_makes_given_ELI_late()
    {
        var t = new AllAgeTransfer().ReadyToTransfer(); // ELI given 2 March 2018

        Assert.Equal("transferDate", Violation(() => t.Project.Reschedule(new DateOnly(2018, 3, 29),
            new DateOnly(2018, 3, 1))).Field);
        t.Project.Reschedule(new DateOnly(2018, 5, 1), new DateOnly(2018, 3, 20));

        Assert.Equal(new DateOnly(2018, 4, 3), t.Project.EliDueOn);
    }

    [Fact]
    public void Consultation_follows_due_diligence_and_names_its_representatives_A_R_WF_07()
    {
        var t = new AllAgeTransfer();

        Assert.Equal(TransferRules.ConsultationAfterDueDiligence, Violation(() => t.Project.OpenConsultation(
            new DateOnly(2017, 12, 4), [AllAgeTransfer.Unions])).Rule);
        t.Project.CommissionDueDiligence(new DateOnly(2017, 10, 16));
        Assert.Equal(("representatives", TransferRules.AppropriateRepresentatives), Violation(() =>
            t.Project.OpenConsultation(new DateOnly(2017, 12, 4), [])).Named());
        Assert.Equal(("on", TransferRules.ConsultationOpensBeforeTransfer), Violation(() =>
            t.Project.OpenConsultation(AllAgeTransfer.TransferDate, [AllAgeTransfer.Unions])).Named());
    }

    [Fact]
    public void The_consultation_closes_only_once_the_measures_letter_is_in_and_before_the_transfer()
    {
        var t = new AllAgeTransfer();
        t.Project.CommissionDueDiligence(new DateOnly(2017, 10, 16));
        t.Project.OpenConsultation(new DateOnly(2017, 12, 4), [AllAgeTransfer.Unions]);

        Assert.Equal(("measures", TransferRules.MeasuresBeforeConsultationCloses),
            Violation(() => t.Project.CloseConsultation(new DateOnly(2018, 1, 31))).Named());
        t.Project.RecordMeasures(new DateOnly(2018, 1, 10), "Move to CWP's Care Notes system");
        Assert.Equal(("on", TransferRules.ConsultationClosesBeforeTransfer),
            Violation(() => t.Project.CloseConsultation(AllAgeTransfer.TransferDate)).Named());
        t.Project.CloseConsultation(new DateOnly(2018, 1, 31));
        Assert.Equal("measures", Violation(() => t.Project.RecordMeasures(new DateOnly(2018, 2, 1), null)).Field);
        Assert.True(t.Project.MeasuresLetter!.EnvisagesMeasures);
    }

    [Fact]
    public void The_pension_route_is_decided_on_an_actuarial_valuation_A_4_3_L805()
    {
        var t = new AllAgeTransfer();

        Assert.Equal(("actuarialValuation", TransferRules.ValuationBeforePensionDecision), Violation(() =>
            t.Project.DecidePension(PensionRoute.NhsPensionScheme, new DateOnly(2017, 12, 20))).Named());
    }

    [Fact]
    public void On_the_NHS_Pension_Scheme_route_transferred_staff_join_the_NHSPS_and_keep_their_service()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();
        var service = t.Records.Select(r => r.Terms.ContinuousServiceStart).ToList();
        t.Project.DecidePension(PensionRoute.NhsPensionScheme, new DateOnly(2018, 3, 20)); // A §4.3 L805 "NHSPS"

        t.Transfer(AllAgeTransfer.TransferDate);

        Assert.All(t.Records, r => Assert.Equal(PensionScheme.NhsPensionScheme, r.Terms.PensionScheme));
        Assert.Equal(service, t.Records.Select(r => r.Terms.ContinuousServiceStart));
    }

    [Fact]
    public void The_transfer_needs_its_contingency_plan_A_5_34_L1468()
    {
        var t = new AllAgeTransfer();
        t.Project.CommissionDueDiligence(new DateOnly(2017, 10, 16));
        t.Project.OpenConsultation(new DateOnly(2017, 12, 4), [AllAgeTransfer.Unions]);
        t.Project.CompleteDueDiligence(new DateOnly(2017, 12, 15));
        t.Project.RecordActuarialValuation("LGPS", new DateOnly(2017, 11, 30));
        t.Project.DecidePension(PensionRoute.LgpsAdmittedBody, new DateOnly(2017, 12, 20));
        t.Project.RecordMeasures(new DateOnly(2018, 1, 10), null);
        t.Project.CloseConsultation(new DateOnly(2018, 1, 31));

        Assert.Equal("contingencyPlan", Violation(() => t.Transfer(AllAgeTransfer.TransferDate)).Field);
    }

    [Fact]
    public void Only_the_transferors_staff_and_vacancies_it_holds_are_assigned()
    {
        var t = new AllAgeTransfer();
        var w = new Commissioners();
        var cwpOnly = TransferProject.Plan("Other", t.A.Council, t.A.Cwp, AllAgeTransfer.TransferDate, null,
            AllAgeTransfer.CabinetApproval);

        Assert.Equal("staffRecordId", Violation(() => cwpOnly.AssignEmployee(w.NorthStaffsCommissioner(),
            t.Council)).Field);
        Assert.Equal("fte", Violation(() => t.Project.AssignVacancies(t.Council, AllAge.Children.Name,
            F(0.01m))).Field);
        Assert.Equal(ViolationKind.Precondition, Violation(() => cwpOnly.AssignEmployee(t.Records[0],
            t.Council)).Kind);
        Assert.Equal("transfereeCode", Violation(() => TransferProject.Plan("Self", t.A.Council, t.A.Council,
            AllAgeTransfer.TransferDate, null, AllAgeTransfer.CabinetApproval)).Field);
    }

    [Fact]
    public void The_transferees_HR_sees_the_ELI_only_from_the_day_it_is_provided()
    {
        var t = new AllAgeTransfer();
        t.Project.ProvideEli(new DateOnly(2018, 3, 2), null);

        Assert.False(t.Project.EliVisibleToTransfereeOn(new DateOnly(2018, 3, 1)));
        Assert.True(t.Project.EliVisibleToTransfereeOn(new DateOnly(2018, 3, 2)));
    }
}
