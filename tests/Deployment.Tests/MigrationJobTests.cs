using System.Text.Json.Nodes;
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
    public void The_job_has_every_secret_the_service_reads_at_start(string chart)
    {
        var rendering = Rendering.Of(chart, "", "migrations.job.enabled=true");

        var job = Assert.Single(rendering.OfKind("Job"))["spec"]!["template"]!["spec"]!["containers"]![0]!;
        var service = Assert.Single(rendering.OfKind("Deployment"))["spec"]!["template"]!["spec"]!["containers"]!
            .AsArray().Single(c => (string?)c!["name"] != "daprd")!;
        // The Dapr app token guards the event routes, which a migrate-only run never serves.
        var needed = SecretRefs(service)
            .Where(r => !r.StartsWith("APP_API_TOKEN=", StringComparison.Ordinal)).ToHashSet();
        Assert.NotEmpty(needed);
        Assert.Subset(SecretRefs(job), needed);
    }

    /// <summary>Each variable a container takes from a Secret, as name=secret/key.</summary>
    private static HashSet<string> SecretRefs(JsonNode container) =>
    [
        .. from variable in container["env"]!.AsArray()
           let secret = variable!["valueFrom"]?["secretKeyRef"]
           where secret is not null
           select $"{variable["name"]}={secret["name"]}/{secret["key"]}",
    ];

    [Theory]
    [MemberData(nameof(ServiceCharts))]
    public void The_job_is_off_by_default_because_each_replica_migrates_under_the_lock(string chart) =>
        Assert.Empty(Rendering.Of(chart, "").OfKind("Job"));
}
