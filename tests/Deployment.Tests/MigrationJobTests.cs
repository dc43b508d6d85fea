using Deployment.Tests.Support;

namespace Deployment.Tests;

/// <summary>
/// The opt-in migration hook Job runs each service's own image with the switch the services read
/// (Store:MigrateOnly, see Commissioning.Persistence.StoreOptions), so turning the Job on needs no other value.
/// </summary>
public sealed class MigrationJobTests
{
    public static TheoryData<string> ServiceCharts() =>
        [.. Charts.Applications.Where(chart => !chart.EndsWith("/gateway", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ServiceCharts))]
    public void The_migration_job_runs_the_image_with_the_migrate_only_switch(string chart)
    {
        var rendering = Rendering.Of(chart, "", "migrations.job.enabled=true");

        var job = Assert.Single(rendering.OfKind("Job"));
        Assert.Equal("pre-install,pre-upgrade", (string?)job["metadata"]!["annotations"]!["helm.sh/hook"]);
        var container = job["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.Equal(["--Store:MigrateOnly=true"], container["args"]!.AsArray().Select(a => (string)a!));
        Assert.Empty(rendering.SchemaErrors);
    }

    [Theory]
    [MemberData(nameof(ServiceCharts))]
    public void The_job_is_off_by_default_because_each_replica_migrates_under_the_lock(string chart) =>
        Assert.Empty(Rendering.Of(chart, "").OfKind("Job"));
}
