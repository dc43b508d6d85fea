using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Workforce.Domain.Employers;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// A transfer project between two employers, read by either party (its tenancy is both): the transferor's
/// HR officers run its steps, the transferee's record the measures letter and read the ELI once provided,
/// commissioners of either read where it stands.
/// </summary>
public static class TransferRecords
{
    public static async Task<TransferProject> OpenAsTransferorHr(this WorkforceStore store, ClaimsPrincipal user,
        Guid id)
    {
        var project = await store.Aggregates<TransferProject>().Get(id);
        EmployerAccess.RequireHrOfficerOf(user, project.TransferorCode);
        return project;
    }

    public static async Task<TransferProject> OpenAsTransfereeHr(this WorkforceStore store, ClaimsPrincipal user,
        Guid id)
    {
        var project = await store.Aggregates<TransferProject>().Get(id);
        EmployerAccess.RequireHrOfficerOf(user, project.TransfereeCode);
        return project;
    }

    /// <summary>
    /// Rule EliVisibleToTransfereeFromProvision (issue 17 §7): the transferor's HR officers read the ELI pack
    /// at any time; the transferee's only from the day it is provided; no one else.
    /// </summary>
    public static void RequireEliReader(ClaimsPrincipal user, TransferProject project, DateOnly today)
    {
        var caller = Caller.From(user);
        if (!caller.IsIn(Roles.HrOfficer)) throw WorkforceApiRules.EliForHrOfficers.Broken("role",
            "Only HR officers read the ELI.");
        if (EmployerAccess.IsOf(caller, project.TransferorCode)) return;
        if (EmployerAccess.IsOf(caller, project.TransfereeCode) && project.EliVisibleToTransfereeOn(today)) return;
        throw WorkforceApiRules.EliForHrOfficers.Broken("eli",
            "The transferee reads the ELI from the day it is provided.");
    }

    /// <summary>
    /// The assigned employees' ELI particulars, read (never changed) whoever's tenancy they are in: the transferee
    /// reads them only through the pack, once the access rule above allows it. Read from the particulars' columns,
    /// not rebuilt from the records' JSON; the ids go as one array parameter (json_each on SQLite, = ANY on
    /// PostgreSQL), not EF Core 10's default of one parameter each: binding 20,000 named parameters took SQLite
    /// 1.5 s against 0.1 s for the array.
    /// </summary>
    public static Task<IReadOnlyList<EliParticulars>> AssignedParticulars(this WorkforceStore store,
        TransferProject project, CancellationToken ct) =>
        StaffParticulars.Read(store, project.Employees.Select(e => e.StaffRecordId).ToList(), ct);

    /// <summary>
    /// Carries out the transfer in a unit of work of its own, as the system (it changes the transferor's
    /// records and the transferee's establishment together), with the authority of the HR officer who asked.
    /// Each moved record's row follows its new employer: lookup key and tenancy are the transferee's.
    /// </summary>
    public static async Task<TransferProject> Transfer(IServiceProvider services, Guid id, DateOnly today,
        string authority)
    {
        var options = services.GetRequiredService<DbContextOptions<WorkforceStore>>();
        await using var store = new WorkforceStore(options, new SystemAuditActor(authority),
            services.GetRequiredService<TimeProvider>());
        var project = await store.Aggregates<TransferProject>().Get(id);
        var records = new List<StaffRecord>();
        foreach (var employee in project.Employees)
            records.Add(await store.Aggregates<StaffRecord>().Get(employee.StaffRecordId, "staffRecordId"));
        var transferee = await store.Aggregates<Employer>().Get(project.TransfereeId, "transfereeCode");
        var from = await store.EstablishmentOf(project.TransferorId, "establishment");
        var to = await store.EstablishmentOf(project.TransfereeId, "establishment");
        project.Transfer(today, records, transferee, from, to);
        var moved = records.Where(r => r.EmployerId == transferee.Id).Select(r => r.Id).ToHashSet();
        foreach (var row in store.StoredAggregates.Local.Where(a => moved.Contains(a.Id)))
        {
            row.Key = transferee.Id.ToString();
            row.Tenancy = transferee.Code;
        }
        await store.SaveChangesAsync();
        return project;
    }
}
