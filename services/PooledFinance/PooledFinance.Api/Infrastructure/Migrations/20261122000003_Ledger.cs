using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PooledFinance.Api.Infrastructure.Ledger;

namespace PooledFinance.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 3: the ledger leaves its JSON aggregate for the append-only <c>ledger_entries</c>
/// table, and the entries of stores made by earlier versions move across with it.
/// </summary>
[DbContext(typeof(PooledFinanceStore))]
[Migration("20261122000003_Ledger")]
public sealed class Ledger : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateLedgerTable();
        migration.MoveLedgerAggregates();
    }
}
