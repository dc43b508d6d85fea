using Microsoft.EntityFrameworkCore;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Infrastructure.Ledger;

/// <summary>
/// What a line has posted of one kind in its financial year up to the end of one month: the sum of the entries'
/// pence from 1 April to that month's last day, and their number. The store keeps it, not the service: a trigger
/// on <c>ledger_entries</c> adds each entry inserted, by whichever path (a posting, a reversal, a commitment
/// statement, an actuals file's bulk append), to its month and every later month of its year, in the inserting
/// transaction, so the totals equal the postings whenever anyone can read them. A month's position is then one
/// row a line and kind instead of every posting ever made (issue 14). Read only by the service.
/// </summary>
public sealed class LedgerMonthTotalRecord
{
    public const string Table = "ledger_month_totals";

    public Guid FundId { get; init; }
    public Guid BudgetLineId { get; init; }
    public EntryKind Kind { get; init; }
    /// <summary>The first day of the month the totals run to.</summary>
    public DateOnly Month { get; init; }
    public long YearToDatePence { get; init; }
    public int YearToDateEntries { get; init; }

    /// <summary>The mapping; the names match migration 20261207000001_MonthTotals (table, index, trigger).</summary>
    public static void Map(ModelBuilder model) => model.Entity<LedgerMonthTotalRecord>(e =>
    {
        e.ToTable(Table);
        e.HasKey(r => new { r.BudgetLineId, r.Kind, r.Month }).HasName("pk_ledger_month_totals");
        e.Property(r => r.FundId).HasColumnName("fund_id");
        e.Property(r => r.BudgetLineId).HasColumnName("budget_line_id");
        e.Property(r => r.Kind).HasColumnName("kind");
        e.Property(r => r.Month).HasColumnName("month");
        e.Property(r => r.YearToDatePence).HasColumnName("year_to_date_pence");
        e.Property(r => r.YearToDateEntries).HasColumnName("year_to_date_entries");
        e.HasIndex(r => new { r.FundId, r.Month, r.BudgetLineId, r.Kind, r.YearToDatePence, r.YearToDateEntries })
            .HasDatabaseName("ix_ledger_month_totals_fund_month");
    });
}
