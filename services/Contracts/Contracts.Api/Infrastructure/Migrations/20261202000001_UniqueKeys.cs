using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Api.Infrastructure.Migrations;

/// <summary>Schema step: each aggregate's one-of-a-kind value and its unique index (see <see cref="UniqueKey"/>).</summary>
[DbContext(typeof(ContractsStore))]
[Migration("20261202000001_UniqueKeys")]
public sealed class UniqueKeys : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateUniqueKeys();
}
