using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Api.Infrastructure.Ledger;

/// <summary>
/// A row of the append-only <c>ledger_entries</c> table. Amounts are whole pence (bigint), so SUM is
/// exact on SQLite and PostgreSQL alike; <see cref="Sequence"/> is the posting order the ledger pages by.
/// </summary>
public sealed class LedgerEntryRecord : IAppendOnly
{
    public const string Table = "ledger_entries";

    public long Sequence { get; init; }
    public Guid Id { get; init; }
    public Guid FundId { get; init; }
    public Guid BudgetLineId { get; init; }
    public Guid PartnerBodyId { get; init; }
    public EntryKind Kind { get; init; }
    public long AmountPence { get; init; }
    public DateOnly PostingDate { get; init; }
    public string Reference { get; init; } = "";
    public Guid VatRecoveredBy { get; init; }
    public Guid? BatchId { get; init; }
    public Guid? ReversesEntryId { get; init; }

    public static LedgerEntryRecord From(LedgerEntry e) => new()
    {
        Id = e.Id, FundId = e.FundId, BudgetLineId = e.BudgetLineId, PartnerBodyId = e.PartnerBodyId, Kind = e.Kind,
        AmountPence = Pence.Of(e.Amount), PostingDate = e.PostingDate, Reference = e.Reference,
        VatRecoveredBy = e.VatRecoveredBy, BatchId = e.BatchId, ReversesEntryId = e.ReversesEntryId,
    };

    public LedgerEntry ToEntry() => new(Id, FundId, BudgetLineId, PartnerBodyId, Kind, Pence.ToPounds(AmountPence), PostingDate,
        Reference, VatRecoveredBy, BatchId, ReversesEntryId);

    /// <summary>The mapping; the names match migration 20261122000003_Ledger, which creates the table and its indexes.</summary>
    public static void Map(ModelBuilder model) => model.Entity<LedgerEntryRecord>(e =>
    {
        // The trigger keeps the period totals; EF is told of it so it never relies on RETURNING past a trigger.
        e.ToTable(Table, t => t.HasTrigger(MonthTotalsSchema.Trigger));
        e.HasKey(r => r.Sequence).HasName("pk_ledger_entries");
        e.Property(r => r.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
        e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(r => r.FundId).HasColumnName("fund_id");
        e.Property(r => r.BudgetLineId).HasColumnName("budget_line_id");
        e.Property(r => r.PartnerBodyId).HasColumnName("partner_body_id");
        e.Property(r => r.Kind).HasColumnName("kind");
        e.Property(r => r.AmountPence).HasColumnName("amount_pence");
        e.Property(r => r.PostingDate).HasColumnName("posting_date");
        e.Property(r => r.Reference).HasColumnName("reference");
        e.Property(r => r.VatRecoveredBy).HasColumnName("vat_recovered_by");
        e.Property(r => r.BatchId).HasColumnName("batch_id");
        e.Property(r => r.ReversesEntryId).HasColumnName("reverses_entry_id");
        e.HasIndex(r => r.Id).IsUnique().HasDatabaseName("ux_ledger_entries_id");
        e.HasIndex(r => new { r.FundId, r.PostingDate, r.BudgetLineId, r.Kind, r.AmountPence }).HasDatabaseName("ix_ledger_entries_fund_date");
        e.HasIndex(r => new { r.BudgetLineId, r.Kind }).HasDatabaseName("ix_ledger_entries_line_kind");
        e.HasIndex(r => r.BatchId).HasDatabaseName("ix_ledger_entries_batch");
        e.HasIndex(r => new { r.FundId, r.Kind, r.Reference }).IsUnique().HasFilter(LedgerSchema.NotAReversal)
            .HasDatabaseName("ux_ledger_entries_reference");
        e.HasIndex(r => r.ReversesEntryId).IsUnique().HasFilter(LedgerSchema.AReversal).HasDatabaseName("ux_ledger_entries_reversal");
    });
}

/// <summary>Pounds with whole pence as the ledger stores them, and back.</summary>
public static class Pence
{
    public static long Of(decimal pounds)
    {
        return (long)(Amounts.WholePence(pounds, "amount") * 100m);
    }

    public static decimal ToPounds(long pence) => pence / 100m;
}
