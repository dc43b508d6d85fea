using Commissioning.Eventing.Sidecar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Outbox;

/// <summary>
/// Publishes committed outbox rows through the sidecar, oldest first. Rows of one subject (aggregate) go
/// strictly one after another and a failed row holds back that subject's later rows; other subjects go
/// on in parallel. While the sidecar or broker refuses, the relay backs off exponentially. Several
/// replicas may relay the same row: delivery is at least once and the stable id lets inboxes dedupe.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    SidecarClient sidecar,
    OutboxSignal signal,
    IOptions<EventingOptions> options,
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
        var outbox = db.Set<OutboxMessage>();
        var batch = await outbox.AsNoTracking().Where(m => m.PublishedUtc == null)
            .OrderBy(m => m.Sequence).Take(_options.RelayBatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            await PurgeAsync(outbox, cancellationToken);
            return (0, 0);
        }

        var published = new List<Guid>();
        var failures = new List<(Guid Id, string Error)>();
        await Parallel.ForEachAsync(batch.GroupBy(m => m.Subject),
            new ParallelOptions { MaxDegreeOfParallelism = _options.RelayParallelism, CancellationToken = cancellationToken },
            async (subject, ct) =>
            {
                foreach (var message in subject)
                {
                    var outcome = await sidecar.PublishAsync(message, ct);
                    lock (published)
                    {
                        if (outcome.Succeeded) published.Add(message.Id);
                        else failures.Add((message.Id, outcome.Error!));
                    }
                    if (!outcome.Succeeded) return; // keep this aggregate's order: later rows wait for this one
                }
            });

        var now = DateTime.UtcNow;
        if (published.Count > 0)
            await outbox.Where(m => published.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedUtc, now), cancellationToken);
        foreach (var (id, error) in failures)
            await outbox.Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, error), cancellationToken);

        EventingMetrics.Published.Add(published.Count);
        if (failures.Count > 0)
        {
            EventingMetrics.PublishFailures.Add(failures.Count);
            logger.LogWarning("Outbox relay: {Failed} of {Total} events not published yet: {Error}", failures.Count, batch.Count, failures[0].Error);
        }
        return (published.Count, failures.Count);
    }

    private async Task PurgeAsync(DbSet<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _nextPurgeUtc) return;
        _nextPurgeUtc = DateTime.UtcNow.AddHours(1);
        var cutoff = DateTime.UtcNow - _options.PublishedRetention;
        await outbox.Where(m => m.PublishedUtc != null && m.PublishedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private TimeSpan Next(TimeSpan backoff) => backoff == TimeSpan.Zero
        ? _options.RelayMinBackoff
        : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.RelayMaxBackoff.Ticks));
}
