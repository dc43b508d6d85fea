using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Returns.Api.Infrastructure.Migrations;

/// <summary>
/// The formal s75 decisions heard from pooled finance (<see cref="ReturnsTables.CreateS75Decisions"/>).
/// </summary>
[DbContext(typeof(ReturnsStore))]
[Migration("20261208000001_S75Decisions")]
public sealed class S75Decisions : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateS75Decisions();
}
