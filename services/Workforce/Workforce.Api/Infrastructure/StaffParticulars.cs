using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// A staff record's ELI particulars as columns beside its JSON (the persistence README's projection tables): written
/// in the save that writes the record, so it never disagrees with it, and read by the ELI pack, which would
/// otherwise rebuild every assigned record from its JSON (a large trust's pack is 20,000 of them). Derived from an
/// audited row, so not audited itself; it carries the record's tenancy.
/// </summary>
public sealed class StaffParticulars
{
    public const string Table = "staff_particulars";

    public Guid Id { get; set; }
    public string? Tenancy { get; set; }
    public string Reference { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public string? PayrollNumber { get; set; }
    public long FteHundredths { get; set; }
    public DateOnly ContinuousServiceStart { get; set; }
    public string TermsReference { get; set; } = "";
    public PensionScheme PensionScheme { get; set; }
    public string? PayBand { get; set; }
    public string? PostTitle { get; set; }
    public string Cases { get; set; } = NoCases;

    private const string NoCases = "[]";

    public static void Map(ModelBuilder model) => model.Entity<StaffParticulars>(row =>
    {
        row.ToTable(Table);
        row.HasAnnotation(AuditTrail.Unaudited, true);
        row.Property(p => p.PensionScheme).HasConversion<string>();
    });

    /// <summary>
    /// Writes the particulars of <paramref name="record"/> as its row now stands (added or changed).
    /// <paramref name="written"/> holds those this unit of work already wrote: looking them up in the change
    /// tracker would detect changes across every tracked row, once per record.
    /// </summary>
    public static void Write(DbContext store, Dictionary<Guid, StaffParticulars> written, StaffRecord record,
        StoredAggregate row)
    {
        var particulars = Of(record, row.Tenancy);
        if (written.TryGetValue(record.Id, out var tracked))
        {
            store.Entry(tracked).CurrentValues.SetValues(particulars);
            return;
        }
        if (store.Entry(row).State == EntityState.Added) store.Add(particulars);
        else store.Update(particulars);
        written[record.Id] = particulars;
    }

    /// <summary>The ELI particulars of the given staff records, read whoever's tenancy they are in.</summary>
    public static async Task<IReadOnlyList<EliParticulars>> Read(DbContext store, IReadOnlyCollection<Guid> ids,
        CancellationToken ct)
    {
        var rows = await store.Set<StaffParticulars>().AsNoTracking()
            .Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(ct);
        return rows.Select(p => p.ToDomain()).ToList();
    }

    private static StaffParticulars Of(StaffRecord record, string? tenancy)
    {
        var (p, t) = (record.Personal, record.Terms);
        return new StaffParticulars
        {
            Id = record.Id, Tenancy = tenancy, Reference = record.Reference, GivenName = p.GivenName,
            FamilyName = p.FamilyName, DateOfBirth = p.DateOfBirth, PayrollNumber = p.PayrollNumber,
            FteHundredths = t.Fte.Hundredths, ContinuousServiceStart = t.ContinuousServiceStart,
            TermsReference = t.TermsReference, PensionScheme = t.PensionScheme, PayBand = t.PayBand,
            PostTitle = t.PostTitle, Cases = record.Cases.Count == 0 ? NoCases : DomainJson.Serialize(record.Cases),
        };
    }

    // Most people have no case to disclose: their empty list is not parsed.
    private EliParticulars ToDomain() => new(Id, Reference,
        new PersonalDetails(GivenName, FamilyName, DateOfBirth, PayrollNumber),
        new StaffTerms(Fte.Of(FteHundredths / 100m, "fte"), ContinuousServiceStart, TermsReference, PensionScheme,
            PayBand, PostTitle),
        Cases == NoCases ? [] : DomainJson.Deserialize<List<EmploymentCase>>(Cases));
}
