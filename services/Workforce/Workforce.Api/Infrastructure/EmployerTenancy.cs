using Commissioning.Domain;
using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.Forecasts;
using Workforce.Domain.Posts;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// Workforce's tenancy: the employer organisation, by its code (GSS for a council, ODS for an NHS body, a
/// provider's code). An employer's establishment, teams and staff records belong to it. A transfer project
/// belongs to both its transferor and its transferee: its tenancy is "transferor&gt;transferee", admitted to
/// a caller of either body, so the transferee reads the project (and, once provided, its ELI) and never the
/// transferor's other records.
/// </summary>
public static class EmployerTenancy
{
    private const char Between = '>';

    public static async Task<IReadOnlyCollection<string>?> Of(WorkforceStore store, Caller caller,
        CancellationToken ct)
    {
        if (caller.IsIn(Roles.PlatformAdmin)) return null;
        var own = caller.Organisation.ToUpperInvariant();
        var transfers = await store.StoredAggregates.IgnoreQueryFilters()
            .Where(a => a.Tenancy != null
                && (a.Tenancy.StartsWith(own + Between) || a.Tenancy.EndsWith(Between + own)))
            .Select(a => a.Tenancy!).Distinct().ToListAsync(ct);
        return [own, .. transfers];
    }

    /// <summary>The tenancy a new record starts: its employer's code (a transfer project's, both bodies').</summary>
    public static string? Of(AggregateRoot aggregate) => aggregate switch
    {
        Employer employer => employer.Code,
        Establishment establishment => establishment.EmployerCode,
        StaffRecord record => record.EmployerCode,
        StaffingForecast forecast => forecast.EmployerCode,
        Post post => post.HostCode,
        TransferProject project => OfTransfer(project.TransferorCode, project.TransfereeCode),
        _ => null,
    };

    /// <summary>The tenancy of a transfer project between two employers.</summary>
    public static string OfTransfer(string transferor, string transferee) =>
        transferor.ToUpperInvariant() + Between + transferee.ToUpperInvariant();
}
