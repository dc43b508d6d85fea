namespace Authorisation.Tests;

/// <summary>
/// One service's REST routes called as every kind of caller against one tenancy's records: each answer must be the
/// one <see cref="Expected"/> gives, no list (nor shared register) read by a caller that is not <see cref="PartyTo"/>
/// the records may hold one of <see cref="Records"/>, and a refused write must leave <see cref="Snapshot"/> as it was.
/// </summary>
public sealed class RestMatrix(Uri service)
{
    public required Func<Route, Rule, CallerKind, Answer> Expected { get; init; }

    /// <summary>Whether the caller is party to the records the route reaches, so its lists may hold them.</summary>
    public required Func<Route, Rule, CallerKind, bool> PartyTo { get; init; }

    /// <summary>
    /// The id a path parameter takes after its collection's segment ("funds"), or null where the records have none:
    /// the route is then called with an unknown id, and its own rules may answer 404 naming that parameter.
    /// </summary>
    public required Func<Route, string, string?> IdAfter { get; init; }

    /// <summary>The query a route is called with ("?financialYear=2017/18"), none by default.</summary>
    public Func<Route, string> QueryOf { get; init; } = _ => "";

    /// <summary>
    /// The body of a write as the caller sends it, told whether the rules refuse the caller (a refused caller sends a
    /// sound body, so that a missing check would change the records); null for a step that takes none.
    /// </summary>
    public required Func<Route, CallerKind, bool, HttpContent?> ContentOf { get; init; }

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
        var refused = expected != Answer.Admitted;
        var before = refused && route.Method != "GET" ? await Snapshot() : null;
        var (path, absentChild) = PathOf(route);
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path + QueryOf(route));
        if (route.Method is "POST" or "PUT" or "PATCH") request.Content = ContentOf(route, caller, refused);
        caller.Authorise(request, rule);
        using var client = new HttpClient { BaseAddress = service };
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!Expectation.Holds(expected, response.StatusCode, body, absentChild))
            return $"{route} as {caller.Name}: {(int)response.StatusCode}, the rules say {expected}. "
                + body[..Math.Min(body.Length, 200)];
        var leaked = Records.Where(id => body.Contains($"{id}", StringComparison.Ordinal)).ToList();
        if (route.Method == "GET" && rule.Scope is Scope.Listing or Scope.Register && !PartyTo(route, rule, caller)
            && leaked.Count > 0)
            return $"{route} as {caller.Name} listed {leaked[0]}, a record it is not party to";
        if (before is not null && await Snapshot() != before)
            return $"{route} as {caller.Name} was refused but changed the records";
        return null;
    }

    /// <summary>The route's pattern with the records' ids in it, and the parameter naming no record, if any.</summary>
    private (string Path, string? AbsentChild) PathOf(Route route)
    {
        var segments = route.Pattern.Split('/');
        string? absent = null;
        for (var i = 1; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var id = IdAfter(route, segments[i - 1]);
            if (id is null) absent = segments[i].Trim('{', '}').Split(':')[0];
            segments[i] = id ?? $"{Guid.NewGuid()}";
        }
        return (string.Join('/', segments), absent);
    }
}
