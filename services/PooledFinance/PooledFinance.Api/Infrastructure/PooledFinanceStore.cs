using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace PooledFinance.Api.Infrastructure;

/// <summary>The pooled-finance store: partnerships, agreements, funds and ledgers as aggregate rows, with their audit.</summary>
public sealed class PooledFinanceStore(DbContextOptions<PooledFinanceStore> options, IAuditActor actor)
    : CommissioningDbContext(options, actor);
