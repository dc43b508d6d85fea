using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.Staff;
using static Workforce.Tests.Domain.Seeds;

namespace Workforce.Tests.Domain;

/// <summary>
/// W: Wirral Council's commissioning staff, co-located with Wirral CCG's and not transferring
/// (W:845 about 50 FTE, W:856, W:658). S: Staffordshire's programme-office post (S:57-59).
/// </summary>
internal sealed class Commissioners
{
    public static readonly DateOnly Today = new(2018, 4, 3);

    public Employer Council { get; } = Employer.Register("Wirral Council", EmployerKind.Council, "E08000015");
    public Employer Ccg { get; } = Employer.Register("NHS Wirral CCG", EmployerKind.NhsBody, "12F");
    public Employer Staffordshire { get; } =
        Employer.Register("Staffordshire County Council", EmployerKind.Council, "E10000028");
    public Employer NorthStaffsCcg { get; } = Employer.Register("NHS North Staffordshire CCG", EmployerKind.NhsBody,
        "05G");

    public Establishment CouncilTeams { get; }
    public Establishment CcgTeams { get; }

    public Commissioners()
    {
        CouncilTeams = Establishment.State(Council, [new("Adults commissioning", 2_000_000m, 50, F(50), F(0))]);
        CcgTeams = Establishment.State(Ccg, [new("CCG commissioning", 1_000_000m, 20, F(20), F(0))]);
    }

    public Guid CouncilTeam => CouncilTeams.Teams[0].Id;

    public StaffRecord CouncilCommissioner(PensionScheme pension = PensionScheme.LocalGovernmentPensionScheme) =>
        StaffRecord.Open(Council, CouncilTeams, CouncilTeam, Person("Alex", "Morgan"),
            new StaffTerms(F(1), new DateOnly(2009, 9, 1), "NJC Green Book 2009 v3", pension, "Grade 10"), Today);

    /// <summary>An NHS commissioner of one of Staffordshire's CCGs, who may hold the SCC-hosted post (S:59).</summary>
    public StaffRecord NorthStaffsCommissioner()
    {
        var teams = Establishment.State(NorthStaffsCcg, [new("CCG commissioning", 800_000m, 15, F(15), F(0))]);
        return StaffRecord.Open(NorthStaffsCcg, teams, teams.Teams[0].Id, Person("Sam", "Patel"),
            new StaffTerms(F(1), new DateOnly(2013, 4, 1), "NHS Agenda for Change", PensionScheme.NhsPensionScheme,
                "Band 8a"), Today);
    }

    public static PersonalDetails Person(string given, string family) =>
        new(given, family, new DateOnly(1980, 6, 15), "P-1001");

    public static readonly GovernanceDecision FbcNoTransfer =
        new("Wirral Council Cabinet", "ICH FBC 27.11.17 (W:856)", new DateOnly(2017, 11, 27));
}
