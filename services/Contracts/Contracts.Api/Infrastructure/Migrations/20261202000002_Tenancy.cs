using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: the tenancy column every store's rows carry, added before contracts said which tenancy its
/// records belong to; <see cref="ContractTenancy"/> fills it for the rows held by then.
/// </summary>
[DbContext(typeof(ContractsStore))]
[Migration("20261202000002_Tenancy")]
public sealed class Tenancy : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateTenancy();
}
