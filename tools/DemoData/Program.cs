// Loads the demo data drawn from the seed documents through the gateway's public API, as a partner's
// system would: dotnet DemoData.dll --gateway http://127.0.0.1:8080 --token <platform-admin token>
using DemoData;

var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
if (!options.TryGetValue("--gateway", out var gateway) || !options.TryGetValue("--token", out var token))
{
    Console.Error.WriteLine("usage: DemoData --gateway URL --token TOKEN");
    return 2;
}

var api = new DemoClient(new Uri(gateway), token);
try
{
    await PooledFinanceDemo.Load(api);
    await ContractsDemo.Load(api);
    Console.WriteLine($"Demo data loaded ({api.Calls} calls).");
    return 0;
}
catch (DemoDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
