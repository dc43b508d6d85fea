using Workforce.Domain.Establishments;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

/// <summary>
/// A's transfer: Wirral Council's three teams to CWP on 1 April 2018 (A §1.1 L195), 123 people holding
/// 110 FTE and 18 vacant FTE (A §4.1 L790), under the s75 delegation (A §3.7 L746). The people are
/// made up to the teams' figures: whole-time staff and half-time staff (the document gives no grades).
/// </summary>
internal sealed class AllAgeTransfer
{
    public static readonly DateOnly CabinetApproval = new(2017, 10, 2); // A L23
    public static readonly DateOnly TransferDate = new(2018, 4, 1);

    public AllAge A { get; } = new();
    public Establishment Council { get; }
    public Establishment Cwp { get; }
    public List<StaffRecord> Records { get; } = [];

    public List<EliParticulars> Particulars => Records.Select(r => r.EliParticulars).ToList();
    public TransferProject Project { get; }

    public AllAgeTransfer()
    {
        Council = A.Establishment();
        Cwp = Establishment.Open(A.Cwp);
        AddPeople(AllAge.MentalHealth.Name, whole: 56, half: 14); // 70 people, 63 FTE
        AddPeople(AllAge.Disability.Name, whole: 21, half: 4); // 25 people, 23 FTE
        AddPeople(AllAge.Children.Name, whole: 20, half: 8); // 28 people, 24 FTE
        Project = TransferProject.Plan("All Age Disability and Mental Health", A.Council, A.Cwp, TransferDate,
            new LinkedArrangement(ArrangementKind.Section75Agreement, Guid.NewGuid()), CabinetApproval);
        foreach (var record in Records) Project.AssignEmployee(record, Council);
        foreach (var team in AllAge.Teams) Project.AssignVacancies(Council, team.Name, team.VacantFte);
    }

    /// <summary>Runs every step in A's timetable (A §5.36 L1493-1498) up to, not including, the transfer.</summary>
    public AllAgeTransfer ReadyToTransfer()
    {
        Project.CommissionDueDiligence(new DateOnly(2017, 10, 16));
        Project.RecordActuarialValuation("LGPS actuarial valuation, CWP admission", new DateOnly(2017, 11, 30));
        Project.PlanConsultation(new DateOnly(2017, 12, 1), new DateOnly(2018, 1, 31));
        Project.OpenConsultation(new DateOnly(2017, 12, 4), [Unions]);
        Project.CompleteDueDiligence(new DateOnly(2017, 12, 15));
        Project.DecidePension(PensionRoute.LgpsAdmittedBody, new DateOnly(2017, 12, 20));
        Project.RecordMeasures(new DateOnly(2018, 1, 10), null);
        Project.CloseConsultation(new DateOnly(2018, 1, 31));
        Project.ProvideEli(new DateOnly(2018, 3, 2), null);
        Project.ApproveContingencyPlan("Service continuity plan v1", new DateOnly(2018, 3, 15));
        return this;
    }

    public void Transfer(DateOnly on) => Project.Transfer(on, Records, A.Cwp, Council, Cwp);

    public static readonly AppropriateRepresentative Unions =
        new(RepresentativeKind.RecognisedTradeUnion, "Wirral Council recognised trade unions"); // A §5.10.6 L1082

    private void AddPeople(string teamName, int whole, int half)
    {
        var team = Council.Find(teamName)!.Id;
        for (var i = 0; i < whole + half; i++)
        {
            var person = new PersonalDetails($"Person{i}", teamName.Split(' ')[0], new DateOnly(1970 + i % 30,
                1 + i % 12, 1),
                $"WBC{Records.Count:0000}");
            var terms = new StaffTerms(F(i < whole ? 1m : 0.5m), new DateOnly(1995 + i % 20, 1 + i % 12, 1 + i % 28),
                $"NJC Green Book, Wirral local agreement {i % 3 + 1}", PensionScheme.LocalGovernmentPensionScheme,
                $"Grade {6 + i % 5}");
            Records.Add(StaffRecord.Open(A.Council, Council, team, person, terms, CabinetApproval));
        }
    }
}
