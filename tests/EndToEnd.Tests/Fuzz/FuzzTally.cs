using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// What the fuzz run saw: answers by status, requests that got no answer (by what happened), and findings:
/// a 5xx, a 4xx that is not a problem, an answer naming our types or the framework's, a hostile request
/// taken, a refused write that changed what it named.
/// </summary>
public sealed partial class FuzzTally
{
    private readonly SortedDictionary<int, int> _byStatus = [];
    private readonly SortedDictionary<string, int> _unanswered = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _taken = new(StringComparer.Ordinal);
    private readonly List<string> _unansweredExamples = [];
    private readonly Lock _lock = new();

    public int Operations { get; init; }
    public int Requests { get; private set; }
    public int TwoFieldRequests { get; private set; }
    public int Rereads { get; private set; }
    public List<string> Findings { get; } = [];

    public void AddRereads(int count)
    {
        lock (_lock) Rereads += count;
    }

    public void Answered(FuzzRequest request, int status, MediaTypeHeaderValue? type, string body)
    {
        lock (_lock) Tally(request, status, type, body);
    }

    private void Tally(FuzzRequest request, int status, MediaTypeHeaderValue? type, string body)
    {
        Requests++;
        if (request.Names.Count > 1) TwoFieldRequests++;
        _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        if (status >= 500) Find(request, $"answered {status}: {Shortened(body)}");
        if (status is >= 400 and < 500 && type?.MediaType != "application/problem+json")
            Find(request, $"answered {status} as {type?.MediaType ?? "no body"}, not a problem");
        if (OurNameIn(body) is { } name) Find(request, $"names '{name}': {Shortened(body)}");
        if (status is 400 or 422 && request.Names.Count > 0
            && !request.Names.Any(n => body.Contains(n, StringComparison.Ordinal)))
            Find(request, $"answered {status} naming neither {string.Join(" nor ", request.Names)}: {Shortened(body)}");
        if (status is >= 200 and < 300 && request.MustRefuse)
        {
            _taken[request.Kind] = _taken.GetValueOrDefault(request.Kind) + 1;
            Find(request, $"took a request it must refuse ({status})");
        }
    }

    public void Unanswered(FuzzRequest request, Exception error)
    {
        lock (_lock) Missed(request, error);
    }

    private void Missed(FuzzRequest request, Exception error)
    {
        Requests++;
        var what = error switch
        {
            TaskCanceledException => "timed out",
            HttpRequestException { InnerException: IOException io } =>
                $"connection closed ({io.InnerException?.GetType().Name ?? "IOException"})",
            HttpRequestException http => $"refused to send or failed ({http.HttpRequestError})",
            _ => error.GetType().Name,
        };
        var key = $"{request.Kind.Split(" at ")[0]}: {what}";
        _unanswered[key] = _unanswered.GetValueOrDefault(key) + 1;
        if (_unansweredExamples.Count < 5) _unansweredExamples.Add($"{request}: {error.Message}");
    }

    public void Find(FuzzRequest request, string finding) => Find($"{request}", finding);

    public void Find(ApiOperation operation, string finding) => Find($"{operation}", finding);

    private void Find(string where, string finding)
    {
        lock (_lock) Findings.Add($"{where}: {finding}");
    }

    public string Report()
    {
        lock (_lock) return Written();
    }

    private string Written()
    {
        var report = new StringBuilder()
            .AppendLine($"{Operations} operations, {Requests:N0} requests ({TwoFieldRequests:N0} spoiling two fields; "
                + $"{Rereads:N0} re-reads besides)")
            .AppendLine($"answers by status: {string.Join(", ", _byStatus.Select(s => $"{s.Key}: {s.Value:N0}"))}")
            .AppendLine($"no answer: {_unanswered.Values.Sum():N0}");
        foreach (var (kind, count) in _unanswered) report.AppendLine($"  {kind}: {count:N0}");
        foreach (var example in _unansweredExamples) report.AppendLine($"  e.g. {example}");
        report.AppendLine($"findings: {Findings.Count:N0}");
        foreach (var (kind, count) in _taken) report.AppendLine($"  taken, must refuse: {kind}: {count:N0}");
        foreach (var finding in Findings.Take(60)) report.AppendLine($"  {finding}");
        return report.ToString();
    }

    private static string Shortened(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>The first name of ours or the framework's <paramref name="text"/> holds, if any.</summary>
    public static string? OurNameIn(string text) =>
        OurNames().Match(text) is { Success: true } name ? name.Value : null;

    /// <summary>A name qualified by our namespaces or the framework's ("System.Int32", "Contracts.Api.X").</summary>
    [GeneratedRegex(@"\b(Commissioning|System|Microsoft|PooledFinance|Contracts|CarePackages|Workforce"
        + @"|Notifications|Returns)\.[A-Z][A-Za-z]+")]
    private static partial Regex OurNames();
}
