using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Eventing;

/// <summary>
/// The clock the eventing tables are stamped with: the host's <see cref="TimeProvider"/> (AddServiceDefaults and
/// AddEventing register it; a test swaps it), so outbox, inbox and dead-letter times agree with the domain's.
/// The outbox's sequence alone keeps to the machine's ticks: it orders rows and must never go backwards.
/// </summary>
internal static class HostClock
{
    public static TimeProvider Of(DbContext context) =>
        ApplicationServices(context)?.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>
    /// The host's services behind a DbContext registered with AddDbContext; null for one made by hand.
    /// </summary>
    public static IServiceProvider? ApplicationServices(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
}
