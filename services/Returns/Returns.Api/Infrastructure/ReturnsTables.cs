using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Returns.Api.Events;
using Returns.Api.Extracts;
using Returns.Api.ReadModels;

namespace Returns.Api.Infrastructure;

/// <summary>
/// The archive of received events, the CLD read model and the submitted artefacts. The archive and the
/// artefacts are append-only; the read model is plumbing rebuilt from the archive, so it carries no audit.
/// What a query filters on is a column with an index: the council, the event's order, the return's version.
/// </summary>
public static class ReturnsTables
{
    public const string Events = "archived_events";
    public const string CldServices = "cld_services";
    public const string Artefacts = "artefacts";
    public const string S75Decisions = "s75_decisions";

    public static ModelBuilder AddReturnsTables(this ModelBuilder model)
    {
        model.Entity<ArchivedEvent>(e =>
        {
            e.ToTable(Events);
            e.HasKey(r => r.EventId).HasName("pk_archived_events");
            e.HasIndex(r => r.Sequence).IsUnique().HasDatabaseName("ux_archived_events_sequence");
            e.HasIndex(r => r.Council).HasDatabaseName("ix_archived_events_council");
        });
        model.Entity<CldServiceRow>(e =>
        {
            e.ToTable(CldServices);
            e.HasAnnotation(AuditTrail.Unaudited, true);
            e.HasKey(r => new { r.PackageId, r.LineId }).HasName("pk_cld_services");
            e.HasIndex(r => r.Council).HasDatabaseName("ix_cld_services_council");
        });
        model.Entity<S75DecisionRow>(e =>
        {
            e.ToTable(S75Decisions);
            e.HasAnnotation(AuditTrail.Unaudited, true);
            e.HasKey(r => r.DecisionId).HasName("pk_s75_decisions");
            e.HasIndex(r => r.AgreementId).HasDatabaseName("ix_s75_decisions_agreement");
        });
        model.Entity<SubmittedArtefact>(e =>
        {
            e.ToTable(Artefacts);
            e.HasKey(a => new { a.ReturnId, a.Version }).HasName("pk_artefacts");
        });
        return model;
    }

    /// <summary>For the hand-written migration: the three tables <see cref="AddReturnsTables"/> maps.</summary>
    public static void CreateReturnsTables(this MigrationBuilder migration)
    {
        migration.CreateTable(Events, t => new
        {
            EventId = t.Column<string>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: true),
            Council = t.Column<string>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            Data = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_archived_events", r => r.EventId));
        migration.CreateIndex("ux_archived_events_sequence", Events, "Sequence", unique: true);
        migration.CreateIndex("ix_archived_events_council", Events, "Council");
        CreateCldServices(migration);
        migration.CreateTable(Artefacts, t => new
        {
            ReturnId = t.Column<Guid>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Council = t.Column<string>(nullable: false),
            ContentType = t.Column<string>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
            Sha256 = t.Column<string>(nullable: false),
            StoredUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_artefacts", a => new { a.ReturnId, a.Version }));
    }

    /// <summary>For the second migration: the formal s75 decisions' read model.</summary>
    public static void CreateS75Decisions(this MigrationBuilder migration)
    {
        migration.CreateTable(S75Decisions, t => new
        {
            DecisionId = t.Column<string>(nullable: false),
            AgreementId = t.Column<string>(nullable: false),
            PartnerBodyId = t.Column<string>(nullable: false),
            Stage = t.Column<string>(nullable: false),
            Outcome = t.Column<string>(nullable: false),
            DecidedOn = t.Column<DateOnly>(nullable: false),
            AuthorisesFrom = t.Column<DateOnly>(nullable: true),
            LastEventSequence = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_s75_decisions", r => r.DecisionId));
        migration.CreateIndex("ix_s75_decisions_agreement", S75Decisions, "AgreementId");
    }

    private static void CreateCldServices(MigrationBuilder migration)
    {
        migration.CreateTable(CldServices, t => new
        {
            PackageId = t.Column<string>(nullable: false),
            LineId = t.Column<string>(nullable: false),
            Council = t.Column<string>(nullable: false),
            PersonReference = t.Column<string>(nullable: false),
            PrimarySupportReason = t.Column<string>(nullable: true),
            ServiceType = t.Column<string>(nullable: false),
            DeliveryMechanism = t.Column<string>(nullable: false),
            ProviderCode = t.Column<string>(nullable: true),
            FundingStatus = t.Column<string>(nullable: true),
            UnitCostPence = t.Column<long>(nullable: false),
            CostFrequency = t.Column<string>(nullable: false),
            PlannedUnitsHundredths = t.Column<long>(nullable: false),
            StartDate = t.Column<DateOnly>(nullable: false),
            EndDate = t.Column<DateOnly>(nullable: true),
            LastEventSequence = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_cld_services", r => new { r.PackageId, r.LineId }));
        migration.CreateIndex("ix_cld_services_council", CldServices, "Council");
    }
}
