using System.Net.Http.Json;

namespace Authorisation.Tests;

/// <summary>
/// One service's REST routes called as every kind of caller against one tenancy's records: each answer must be the
/// one <see cref="Expected"/> gives, no list read by a caller that is not <see cref="PartyTo"/> the records may hold
/// one of <see cref="Records"/>, and a refused write must leave <see cref="Snapshot"/> as it was.
/// </summary>
public sealed class RestMatrix(Uri service)
{
    public required Func<Route, Rule, CallerKind, Answer> Expected { get; init; }

    /// <summary>Whether the caller is party to the records the route reaches, so its lists may hold them.</summary>
    public required Func<Route, Rule, CallerKind, bool> PartyTo { get; init; }

    /// <summary>The path the route is called on: the pattern with the records' ids in it.</summary>
    public required Func<string, string> PathOf { get; init; }

    /// <summary>
    /// The name of the route's child id that names no record (the route's own rules answer 404 by that name).
    /// </summary>
    public Func<string, string?> AbsentChild { get; init; } = _ => null;

    /// <summary>The JSON body of a POST or PUT as the caller sends it.</summary>
    public required Func<Route, CallerKind, object> BodyOf { get; init; }

    public required Func<Task<string>> Snapshot { get; init; }

    public required IReadOnlyList<Guid> Records { get; init; }

    /// <summary>Every route as every caller: how many calls were made, and a line for each wrong answer.</summary>
    public async Task<(int Calls, List<string> Wrong)> Run(IReadOnlyList<Route> routes,
        IReadOnlyList<CallerKind> callers)
    {
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var rule = Classification.Of(route) ?? throw new InvalidOperationException($"{route} is not classified");
            foreach (var caller in callers)
                if (await Call(route, rule, caller) is { } failure) wrong.Add(failure);
        }
        return (routes.Count * callers.Count, wrong);
    }

    private async Task<string?> Call(Route route, Rule rule, CallerKind caller)
    {
        var expected = Expected(route, rule, caller);
        var before = expected != Answer.Admitted && route.Method != "GET" ? await Snapshot() : null;
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), PathOf(route.Pattern));
        if (route.Method is "POST" or "PUT") request.Content = JsonContent.Create(BodyOf(route, caller));
        caller.Authorise(request, rule);
        using var client = new HttpClient { BaseAddress = service };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!Expectation.Holds(expected, response.StatusCode, body, AbsentChild(route.Pattern)))
            return $"{route} as {caller.Name}: {(int)response.StatusCode}, the rules say {expected}. "
                + body[..Math.Min(body.Length, 200)];
        var leaked = Records.Where(id => body.Contains($"{id}", StringComparison.Ordinal)).ToList();
        if (route.Method == "GET" && rule.Scope == Scope.Listing && !PartyTo(route, rule, caller) && leaked.Count > 0)
            return $"{route} as {caller.Name} listed {leaked[0]}, a record it is not party to";
        if (before is not null && await Snapshot() != before)
            return $"{route} as {caller.Name} was refused but changed the records";
        return null;
    }
}
