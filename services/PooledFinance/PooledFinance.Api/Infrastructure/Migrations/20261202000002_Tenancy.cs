using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PooledFinance.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: each row's partnership. A partnership is its own; an agreement takes its partnership's,
/// a fund its agreement's, and lines, contributions, debts, settlements and variances their fund's or
/// agreement's (three levels below the partnership).
/// </summary>
[DbContext(typeof(PooledFinanceStore))]
[Migration("20261202000002_Tenancy")]
public sealed class Tenancy : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateTenancy(postgres => postgres
        ? """UPDATE aggregates SET "Tenancy" = "Id"::text WHERE "Type" = 'Partnership'"""
        : """UPDATE aggregates SET "Tenancy" = lower("Id") WHERE "Type" = 'Partnership'""", levels: 3);
}
