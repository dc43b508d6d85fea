using Commissioning.Protos;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Events;
using Returns.Api.Infrastructure;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.ReadModels;

/// <summary>
/// The CLD read model as a projection of the archive: one function of the events in the order received, so
/// rebuilding it from the archive gives the same rows. A line is what the events said of it and nothing more:
/// a change or end of a line whose start has not arrived yet makes what it can of the line and never guesses.
/// </summary>
public static class CldProjection
{
    public static async Task Apply(ReturnsStore store, ArchivedEvent archived, IMessage message,
        CancellationToken ct)
    {
        switch (message)
        {
            case ProtoEvents.PackageStarted e:
                foreach (var line in e.ServiceLines)
                    Write(await Row(store, e.PackageId, line, e.Council?.Code, e.Person?.Pseudonym, ct), line,
                        archived, e.PrimarySupportReason);
                break;
            case ProtoEvents.PackageChanged { ServiceLine: { } line } e:
                Write(await Row(store, e.PackageId, line, e.Council?.Code, e.Person?.Pseudonym, ct), line,
                    archived, null);
                break;
            case ProtoEvents.PackageEnded e:
                var end = e.EndDate.ToDateOnly("endDate");
                foreach (var row in await Lines(store, e.PackageId, ct))
                    (row.EndDate, row.LastEventSequence) = (end, archived.Sequence);
                break;
        }
    }

    /// <summary>Empties the read model and applies every archived event again, oldest first.</summary>
    public static async Task<int> Rebuild(ReturnsStore store, CancellationToken ct)
    {
        await store.CldServices.ExecuteDeleteAsync(ct);
        var events = await store.ArchivedEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var archived in events)
            if (Parse(archived) is { } message) await Apply(store, archived, message, ct);
        await store.SaveChangesAsync(ct);
        return events.Count;
    }

    /// <summary>Archived data is the proto-JSON delivered; fields newer than this service are skipped.</summary>
    private static readonly JsonParser Json = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    private static IMessage? Parse(ArchivedEvent archived) => archived.Type switch
    {
        $"commissioning.{CarePackageSubscriptions.Source}.package-started.v1" =>
            Json.Parse<ProtoEvents.PackageStarted>(archived.Data),
        $"commissioning.{CarePackageSubscriptions.Source}.package-changed.v1" =>
            Json.Parse<ProtoEvents.PackageChanged>(archived.Data),
        $"commissioning.{CarePackageSubscriptions.Source}.package-ended.v1" =>
            Json.Parse<ProtoEvents.PackageEnded>(archived.Data),
        _ => null,
    };

    private static async Task<List<CldServiceRow>> Lines(ReturnsStore store, string packageId, CancellationToken ct)
    {
        var stored = await store.CldServices.Where(r => r.PackageId == packageId).ToListAsync(ct);
        return [.. stored.Union(store.CldServices.Local.Where(r => r.PackageId == packageId))];
    }

    private static async Task<CldServiceRow> Row(ReturnsStore store, string packageId,
        ProtoEvents.PackageServiceLine line, string? council, string? person, CancellationToken ct)
    {
        var row = store.CldServices.Local.FirstOrDefault(r => r.PackageId == packageId && r.LineId == line.LineId)
            ?? await store.CldServices.FirstOrDefaultAsync(r => r.PackageId == packageId && r.LineId == line.LineId,
                ct);
        if (row is not null) return row;
        row = new CldServiceRow
        {
            PackageId = packageId, LineId = line.LineId, Council = council ?? "", PersonReference = person ?? "",
            ServiceType = line.ServiceType, DeliveryMechanism = line.DeliveryMechanism, CostFrequency = "",
            StartDate = line.StartDate.ToDateOnly("startDate"),
        };
        store.CldServices.Add(row);
        return row;
    }

    private static void Write(CldServiceRow row, ProtoEvents.PackageServiceLine line, ArchivedEvent archived,
        string? primarySupportReason)
    {
        row.ServiceType = line.ServiceType;
        row.DeliveryMechanism = line.DeliveryMechanism;
        row.ProviderCode = string.IsNullOrEmpty(line.Provider?.Code) ? null : line.Provider.Code;
        row.FundingStatus = string.IsNullOrEmpty(line.FundingStatus) ? row.FundingStatus : line.FundingStatus;
        row.UnitCostPence = line.UnitCost?.Pence ?? 0;
        row.CostFrequency = line.CostFrequency;
        row.PlannedUnitsHundredths = line.PlannedUnitsPerWeekHundredths;
        if (!string.IsNullOrEmpty(primarySupportReason)) row.PrimarySupportReason = primarySupportReason;
        row.LastEventSequence = archived.Sequence;
    }
}
