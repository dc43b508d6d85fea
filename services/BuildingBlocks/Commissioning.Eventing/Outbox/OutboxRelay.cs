using Commissioning.Eventing.Sidecar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Outbox;

/// <summary>
/// Publishes committed outbox rows through the sidecar, oldest first: one topic's due rows in one bulk
/// publish (a single publish when only one is due), topics in parallel. Rows of one subject (aggregate)
/// go in order and a failed row holds back that subject's later rows. While the sidecar or broker refuses, the
/// relay backs off exponentially. Replicas on one PostgreSQL store take turns (<see cref="RelayTurn"/>), so each
/// row is published once; a replica that dies mid-round leaves its rows due for the next, whose re-publish carries
/// the same id for inboxes to drop: delivery is at least once.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    SidecarPublisher sidecar,
    OutboxSignal signal,
    IOptions<EventingOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private readonly EventingOptions _options = options.Value;
    private DateTime _nextPurgeUtc = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (published, failed) = await RelayBatchAsync(stoppingToken);
                backoff = failed > 0 ? Next(backoff) : TimeSpan.Zero;
                if (failed > 0) await Task.Delay(backoff, stoppingToken);
                else if (published == 0) await signal.WaitAsync(_options.RelayIdlePoll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store itself is unavailable; keep the rows and try again later.
                backoff = Next(backoff);
                logger.LogWarning(e, "Outbox relay round failed; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, stoppingToken);
            }
        }
    }

    /// <summary>One round: read a batch, publish it, record the outcome. Returns how many were published and how many failed.</summary>
    internal async Task<(int Published, int Failed)> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var turn = await RelayTurn.TakeAsync(db, cancellationToken);
        if (!turn.Taken) return (0, 0);
        var (published, failed) = await RelayAsync(db, cancellationToken);
        await turn.EndAsync(cancellationToken);
        return (published, failed);
    }

    private async Task<(int Published, int Failed)> RelayAsync(TContext db, CancellationToken cancellationToken)
    {
        var outbox = db.Set<OutboxMessage>();
        var batch = await outbox.AsNoTracking().Where(m => m.PublishedUtc == null)
            .OrderBy(m => m.Sequence).Take(_options.RelayBatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            await PurgeAsync(outbox, cancellationToken);
            return (0, 0);
        }

        var failures = new Dictionary<Guid, string>();
        await Parallel.ForEachAsync(batch.GroupBy(m => m.Topic),
            new ParallelOptions { MaxDegreeOfParallelism = _options.RelayParallelism, CancellationToken = cancellationToken },
            async (topic, ct) =>
            {
                var failed = await PublishAsync(topic.ToList(), ct);
                lock (failures) foreach (var (id, error) in failed) failures[id] = error;
            });
        var published = Published(batch, failures);

        var now = clock.GetUtcNow().UtcDateTime;
        if (published.Count > 0)
            await outbox.Where(m => published.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedUtc, now), cancellationToken);
        foreach (var refused in failures.GroupBy(f => f.Value, f => f.Key))
            await outbox.Where(m => refused.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, refused.Key), cancellationToken);

        EventingMetrics.Published.Add(published.Count);
        if (failures.Count > 0)
        {
            EventingMetrics.PublishFailures.Add(failures.Count);
            logger.LogWarning("Outbox relay: {Failed} of {Total} events not published yet: {Error}", failures.Count, batch.Count, failures.Values.First());
        }
        return (published.Count, failures.Count);
    }

    private async Task PurgeAsync(DbSet<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < _nextPurgeUtc) return;
        _nextPurgeUtc = now.AddHours(1);
        var cutoff = now - _options.PublishedRetention;
        await outbox.Where(m => m.PublishedUtc != null && m.PublishedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>One row with a single publish; several with one bulk publish, in their order.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> PublishAsync(List<OutboxMessage> rows, CancellationToken ct)
    {
        if (rows.Count > 1) return await sidecar.PublishBulkAsync(rows, ct);
        var outcome = await sidecar.PublishAsync(rows[0], ct);
        return outcome.Succeeded ? new Dictionary<Guid, string>() : new Dictionary<Guid, string> { [rows[0].Id] = outcome.Error! };
    }

    /// <summary>
    /// The rows to record as published: those before the first failure of their subject. A later row of a
    /// subject whose earlier row failed stays due, so the subject's rows are recorded in order (the sidecar
    /// may have taken it already: the re-publish carries the same id and inboxes drop it).
    /// </summary>
    private static List<Guid> Published(List<OutboxMessage> batch, Dictionary<Guid, string> failures)
    {
        var heldBack = new HashSet<string>();
        var published = new List<Guid>();
        foreach (var row in batch)
        {
            if (failures.ContainsKey(row.Id)) heldBack.Add(row.Subject);
            else if (!heldBack.Contains(row.Subject)) published.Add(row.Id);
        }
        return published;
    }

    private TimeSpan Next(TimeSpan backoff) => backoff == TimeSpan.Zero
        ? _options.RelayMinBackoff
        : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.RelayMaxBackoff.Ticks));
}
