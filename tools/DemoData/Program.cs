namespace DemoData;

/// <summary>
/// Loads the demo data drawn from the seed documents through the gateway's public API, as a partner's
/// system would: dotnet DemoData.dll --gateway http://127.0.0.1:8080 --token &lt;platform-admin token&gt;
/// [--receiver http://127.0.0.1:5190] (the demo webhook receiver Oak Lodge's endpoint is registered on).
/// A named entry point, not top-level statements: the test helpers reference this project beside the
/// services, whose own Program classes would otherwise clash with a generated one here.
/// </summary>
public static class DemoLoader
{
    public static async Task<int> Main(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!options.TryGetValue("--gateway", out var gateway) || !options.TryGetValue("--token", out var token))
        {
            Console.Error.WriteLine("usage: DemoData --gateway URL --token TOKEN");
            return 2;
        }

        var api = new DemoClient(new Uri(gateway), token);
        try
        {
            var wirral = await PooledFinanceDemo.Load(api);
            var delegation = await ContractsDemo.Load(api, wirral.Id, wirral.AgreementId, wirral.AwardDecisionId);
            if (options.TryGetValue("--receiver", out var receiver))
            {
                var endpoint = await NotificationsDemo.Load(api, new Uri(receiver));
                Console.WriteLine($"""
                    Webhooks (Oak Lodge's endpoint: the placement request below is delivered there, signed, verified):
                        curl -s {endpoint}/deliveries
                    """);
            }
            await CarePackagesDemo.Load(api, wirral);
            await WorkforceDemo.Load(api, delegation);
            await ReturnsDemo.Load(api);
            Console.WriteLine("Demo data loaded.");
            return 0;
        }
        catch (DemoDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
