// Mints a development token for the local platform.
//   dotnet run --project tools/DevToken -- --org E08000015 --kind council --role finance-officer --partnership wirral
// Options repeat for several roles or partnerships. Defaults: a Wirral Council finance officer and pool manager.
using Commissioning.Identity;

var options = args.Chunk(2).Where(pair => pair.Length == 2).ToLookup(pair => pair[0], pair => pair[1]);
var unknown = options.Select(o => o.Key).Except(["--sub", "--org", "--kind", "--role", "--partnership", "--hours"]).ToList();
if (unknown.Count > 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: DevToken [--sub ID] [--org CODE] [--kind council|nhs|provider] [--role ROLE]... [--partnership ID]... [--hours N]");
    Console.Error.WriteLine($"roles: {string.Join(", ", Roles.All)}");
    return 2;
}

string One(string key, string fallback) => options[key].LastOrDefault() ?? fallback;
var roles = options["--role"].DefaultIfEmpty(Roles.FinanceOfficer).ToList();
if (!options["--role"].Any()) roles.Add(Roles.PoolManager);
try
{
    Console.WriteLine(DevelopmentTokens.Mint(new DevelopmentTokenRequest(
        One("--sub", "dev-user"),
        One("--org", "E08000015"),
        roles,
        options["--partnership"].DefaultIfEmpty("wirral").ToList(),
        One("--kind", "council"),
        TimeSpan.FromHours(double.Parse(One("--hours", "8"))))));
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
