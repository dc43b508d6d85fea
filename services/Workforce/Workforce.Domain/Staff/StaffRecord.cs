using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Transfers;

namespace Workforce.Domain.Staff;

/// <summary>
/// One member of staff's employment: the only place their personal data is held. What leaves the
/// service is <see cref="Reference"/>, a pseudonymous reference drawn at random (never derived from the
/// person). Employer, team, FTE, continuous service, terms, pension and pay band where known (A §1.5;
/// W §1.5.1); secondments and assignments; transfer status; the cases an ELI pack discloses.
/// </summary>
public sealed partial class StaffRecord : AggregateRoot
{
    private readonly List<Assignment> _assignments = [];
    private readonly List<EmploymentCase> _cases = [];
    private readonly List<EmploymentSpell> _spells = [];

    private StaffRecord() { }

    public string Reference { get; private set; } = "";
    public Guid EmployerId { get; private set; }
    public string EmployerCode { get; private set; } = "";
    public EmploymentSector Sector { get; private set; }
    public Guid TeamId { get; private set; }
    public PersonalDetails Personal { get; private set; } = null!;
    public StaffTerms Terms { get; private set; } = null!;
    public TransferStatus TransferStatus { get; private set; }
    public GovernanceDecision? NoTransferDecision { get; private set; }
    public Guid? TransferProjectId { get; private set; }
    public IntegrationStatus Integration { get; private set; }
    public string? WorkLocation { get; private set; }
    public DateOnly? EmploymentEndedOn { get; private set; }
    public IReadOnlyList<Assignment> Assignments => _assignments;
    public IReadOnlyList<EmploymentCase> Cases => _cases;
    public IReadOnlyList<EmploymentSpell> Spells => _spells;

    public Fte Fte => Terms.Fte;

    /// <summary>What the ELI pack discloses of this record.</summary>
    public EliParticulars EliParticulars => new(Id, Reference, Personal, Terms, Cases);

    /// <summary>Opens a record for a member of an employer's team, with a fresh pseudonymous reference.</summary>
    public static StaffRecord Open(Employer employer, Establishment establishment, Guid teamId,
        PersonalDetails personal, StaffTerms terms, DateOnly today)
    {
        RequireOwnEstablishment(employer, establishment);
        establishment.Team(teamId);
        var person = personal.Checked();
        var record = new StaffRecord
        {
            Reference = NewReference(),
            EmployerId = employer.Id,
            EmployerCode = employer.Code,
            Sector = employer.Sector,
            TeamId = teamId,
            Personal = person,
            Terms = terms.Checked(person, today),
        };
        record._spells.Add(new EmploymentSpell(employer.Code, terms.ContinuousServiceStart, null));
        return record;
    }

    /// <summary>Moves the person to another team of the same employer; their employment is otherwise
    /// unchanged.</summary>
    public void MoveToTeam(Establishment establishment, Guid teamId)
    {
        RequireEmployed();
        StaffRules.WithinTheEmployer.Require(establishment.EmployerId == EmployerId, "teamId",
            "A team move stays within the employer.");
        establishment.Team(teamId);
        TeamId = teamId;
    }

    /// <summary>Changes hours or pay band; continuous service, terms reference and pension stay as they are.</summary>
    public void ChangeHours(Fte fte, string? payBand, DateOnly today)
    {
        RequireEmployed();
        Terms = (Terms with { Fte = fte, PayBand = payBand }).Checked(Personal, today);
    }

    /// <summary>Records how the person works with the other partner's staff (W:856 "co-located and
    /// blended").</summary>
    public void RecordIntegration(IntegrationStatus status, string? workLocation)
    {
        RequireEmployed();
        Integration = status;
        WorkLocation = string.IsNullOrWhiteSpace(workLocation) ? null : workLocation.Trim();
    }

    /// <summary>Records a case the ELI pack may disclose (anchors B.10: the previous two years).</summary>
    public void RecordCase(EmploymentCase employmentCase, DateOnly today)
    {
        StaffRules.CaseStated.Require(!string.IsNullOrWhiteSpace(employmentCase.Summary), "summary",
            "Describe the case.");
        StaffRules.CaseStated.Require(employmentCase.StartedOn <= today, "startedOn",
            "A case cannot start in the future.");
        _cases.Add(employmentCase with { Summary = employmentCase.Summary.Trim() });
    }

    private void RequireEmployed()
    {
        if (EmploymentEndedOn is { } ended)
            throw StaffRules.StillEmployed.Broken("staffRecordId", $"This employment ended on {ended:yyyy-MM-dd}.");
    }

    private static void RequireOwnEstablishment(Employer employer, Establishment establishment) =>
        StaffRules.WithinTheEmployer.Require(establishment.EmployerId == employer.Id, "teamId",
            $"The team is not in {employer.Name}'s establishment.");

    /// <summary>"WF-" and 16 random hexadecimal digits: nothing about the person can be read from it.</summary>
    private static string NewReference() => "WF-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
}
