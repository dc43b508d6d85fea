using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PooledFinance.Api.Infrastructure.Migrations;

[DbContext(typeof(PooledFinanceStore))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateStoreTables();
}
