using System.Diagnostics;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using Pathway = DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>Issue 13, item 5: one trace follows a request through the gateway, a service, gRPC and an event.</summary>
/// <remarks>Read back from the Aspire dashboard that the platform script starts as every app's OTLP sink.</remarks>
[Collection(PlatformCollection.Name)]
public sealed class OneTraceTests(LocalPlatform platform)
{
    private const int Server = 2, Client = 3, Producer = 4, Consumer = 5; // OTLP span kinds
    private const string CommitmentTopic = "care-packages.package-commitment-requested";

    [Fact]
    public async Task A_funding_agreement_is_one_trace_from_the_gateway_to_pooled_finances_commitment_handler()
    {
        // A line of its own: the other suites' assertions add up what is committed on theirs.
        var finance = platform.ClientFor(Pathway.Council, Roles.FinanceOfficer);
        var (fund, line) = await WirralPool.CouncilLine2018(finance, "TRACED-HOME-CARE");
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);
        var plan = await journey.SubmittedPlan(Pathway.HomeCare(), nhsNumber: "9990000026");
        var verification = await journey.ReadyToAgree(plan, null, 240m, 280m);

        // The partner starts the trace, as a caller with its own tracing would; everything after it joins in.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var path = $"/api/v1/verifications/{Pathway.Id(verification)}/agreement";
        var agreement = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(Pathway.Agreement()),
            Headers = { { "traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" } },
        };
        await Pathway.Read(await journey.Verifier.SendAsync(agreement));

        Func<TracedSpan, bool>[] hops =
        [
            s => s.Service == "gateway" && s.Kind == Server && Path(s) == path,
            s => s.Service == "care-packages" && s.Kind == Server && Path(s) == path,
            s => s.Service == "care-packages" && s.Kind == Client && IsHeadroom(s),
            s => s.Service == "pooled-finance" && s.Kind == Server && IsHeadroom(s),
            s => s.Service == "care-packages" && s.Kind == Producer && Topic(s) == CommitmentTopic,
            s => s.Service == "pooled-finance" && s.Kind == Consumer && Topic(s) == CommitmentTopic,
        ];
        var trace = await TraceOnceSettled(traceId, hops);
        var spans = hops.Select(hop => Single(trace, hop)).ToList();
        var (gateway, carePackages, headroom, answered, published, handled) =
            (spans[0], spans[1], spans[2], spans[3], spans[4], spans[5]);

        // Each hop descends from the one before it: the chain holds across gRPC, the outbox and the sidecar.
        Assert.True(DescendsFrom(trace, carePackages, gateway), Describe(trace));
        Assert.True(DescendsFrom(trace, headroom, carePackages), Describe(trace));
        Assert.True(DescendsFrom(trace, answered, headroom), Describe(trace));
        Assert.True(DescendsFrom(trace, published, carePackages), Describe(trace));
        Assert.True(DescendsFrom(trace, handled, published), Describe(trace));
    }

    /// <summary>The trace once a span of every hop has arrived (apps export every second), at most a minute.</summary>
    private async Task<IReadOnlyList<TracedSpan>> TraceOnceSettled(string traceId, Func<TracedSpan, bool>[] hops)
    {
        IReadOnlyList<TracedSpan> trace = [];
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(500))
        {
            trace = await platform.Dashboard.Trace(traceId);
            if (hops.All(trace.Any)) break;
        }
        return trace;
    }

    private static TracedSpan Single(IReadOnlyList<TracedSpan> trace, Func<TracedSpan, bool> which)
    {
        var found = trace.Where(which).ToList();
        Assert.True(found.Count == 1, $"{found.Count} matching spans in the trace:\n{Describe(trace)}");
        return found[0];
    }

    private static bool DescendsFrom(IReadOnlyList<TracedSpan> trace, TracedSpan span, TracedSpan ancestor)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        for (var at = span; at.ParentSpanId is { } parent && byId.TryGetValue(parent, out var up); at = up)
            if (up.SpanId == ancestor.SpanId) return true;
        return false;
    }

    private static string? Path(TracedSpan span) => span.Attributes.GetValueOrDefault("url.path");

    private static string? Topic(TracedSpan span) => span.Attributes.GetValueOrDefault("messaging.destination.name");

    private static bool IsHeadroom(TracedSpan span) => span.Name.EndsWith("/CheckHeadroom", StringComparison.Ordinal)
        || span.Attributes.GetValueOrDefault("rpc.method") == "CheckHeadroom";

    private static string Describe(IReadOnlyList<TracedSpan> trace) => string.Join("\n",
        trace.Select(s => $"{s.Service} {s.Kind} {s.Name} {s.SpanId} <- {s.ParentSpanId} {Path(s)}"));
}
