using Commissioning.Domain;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;

namespace Workforce.Domain.Transfers;

/// <summary>One assigned employee's Employee Liability Information (reg. 11(2); anchors B.10).</summary>
public sealed record EliEntry(string Reference, string GivenName, string FamilyName, DateOnly DateOfBirth, int Age,
    string? PayrollNumber, string TeamName, Fte Fte, DateOnly ContinuousServiceStart, string TermsReference,
    PensionScheme PensionScheme, string? PayBand, IReadOnlyList<EmploymentCase> Cases);

/// <summary>
/// What the ELI pack discloses of one staff record (reg. 11(2)): identity, the particulars of employment and the
/// cases. The pack is assembled from these, not from whole records, so a store may keep them as a projection.
/// </summary>
public sealed record EliParticulars(Guid StaffRecordId, string Reference, PersonalDetails Personal,
    StaffTerms Terms, IReadOnlyList<EmploymentCase> Cases);

/// <summary>
/// The ELI pack the transferor gives the transferee: for each employee who transfers, identity and age,
/// the particulars of employment (terms, continuous service, pension, pay band), disciplinary and
/// grievance cases and claims of the previous two years; and the collective agreements that will have
/// effect after the transfer (anchors B.10).
/// </summary>
public sealed record EliPack(Guid TransferProjectId, DateOnly GeneratedOn, DateOnly DueOn,
    IReadOnlyList<string> CollectiveAgreements, IReadOnlyList<EliEntry> Employees)
{
    public const int CaseYears = 2;

    /// <summary>
    /// Rules EliCoversThoseWhoTransfer and EliCasesOfTwoYears: the assigned employees who have not
    /// objected, with the cases started in the two years up to the pack's date.
    /// </summary>
    public static EliPack Assemble(TransferProject project, IReadOnlyCollection<EliParticulars> records,
        IReadOnlyList<string> collectiveAgreements, DateOnly on)
    {
        var byId = records.DistinctBy(r => r.StaffRecordId).ToDictionary(r => r.StaffRecordId);
        var transferring = project.Employees.Where(e => !e.Objected).ToList();
        TransferRules.EliCoversThoseWhoTransfer.Require(transferring.All(e => byId.ContainsKey(e.StaffRecordId)),
            "staffRecords",
            "The pack needs the record of every employee who transfers.");
        var since = on.AddYears(-CaseYears);
        var entries = transferring.Select(e => Entry(byId[e.StaffRecordId], e.TeamName, since, on)).ToList();
        var agreements = collectiveAgreements.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        return new EliPack(project.Id, on, project.EliDueOn, agreements, entries);
    }

    private static EliEntry Entry(EliParticulars record, string teamName, DateOnly since, DateOnly on)
    {
        var p = record.Personal;
        var t = record.Terms;
        return new EliEntry(record.Reference, p.GivenName, p.FamilyName, p.DateOfBirth, p.AgeOn(on), p.PayrollNumber,
            teamName, t.Fte, t.ContinuousServiceStart, t.TermsReference, t.PensionScheme, t.PayBand,
            record.Cases.Where(c => c.StartedOn >= since && c.StartedOn <= on).ToList());
    }
}
