using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PooledFinance.Api.Infrastructure.Ledger;

namespace PooledFinance.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: the ledger's year-to-date totals by line, kind and month, filled from the entries already held
/// and kept by a trigger from then on (see <see cref="MonthTotalsSchema"/>).
/// </summary>
[DbContext(typeof(PooledFinanceStore))]
[Migration("20261207000001_MonthTotals")]
public sealed class MonthTotals : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateMonthTotals();
}
