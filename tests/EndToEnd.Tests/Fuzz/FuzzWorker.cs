using System.Net.Http.Headers;
using System.Text;
using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// Sends the hostile variants of its share of the operations, one at a time, and checks each answer and
/// what a refused write names. The variants the platform may take go first, each re-read on its own; the
/// ones it must refuse follow as a batch, whose records are read before the first and after the last.
/// </summary>
public sealed class FuzzWorker(HttpClient http, IReadOnlyDictionary<Caller, string> tokens, HostileVariants variants,
    Rereads rereads, FuzzTally tally)
{
    public async Task Run(IEnumerable<ApiOperation> operations)
    {
        foreach (var operation in operations)
        {
            var batch = new List<string>();
            foreach (var request in variants.For(operation).OrderBy(Batched))
                if (Batched(request)) await Refused(request, batch);
                else await Sent(request);
            await Check(operation, batch);
        }
        tally.AddRereads(rereads.Count);
    }

    /// <summary>Another council's request is decided when it is sent (<see cref="Sent"/>), so never batched.</summary>
    private static bool Batched(FuzzRequest request) => request.MustRefuse && request.Caller != Caller.OtherCouncil;

    /// <summary>A request the platform may take: re-read after it unless it was a write that was taken.</summary>
    private async Task Sent(FuzzRequest request)
    {
        var named = Named(request);
        if (request.Caller == Caller.OtherCouncil && named.Count > 0)
            request = request with { MustRefuse = !await Visible(named.MinBy(p => p.Length)!, Caller.OtherCouncil) };
        await rereads.Before(named);
        var status = await Send(request);
        if (status is null) rereads.Forget();
        else if (status is >= 200 and < 300 && request.Operation.IsWrite)
        {
            // Another council on a record it may read (a provider of the shared register) may change it.
            if (request.Caller == Caller.WrongRole)
                foreach (var change in await rereads.Changed(named))
                    tally.Find(request, $"taken ({status}) and {change}");
            rereads.Forget();
        }
        else
            foreach (var change in await rereads.Changed(named))
                tally.Find(request, $"refused ({status}) yet {change}");
    }

    /// <summary>A request the platform must refuse: its records are checked with the rest of the batch.</summary>
    private async Task Refused(FuzzRequest request, List<string> batch)
    {
        var named = Named(request);
        await rereads.Before(named);
        batch.AddRange(named);
        var status = await Send(request);
        if (status is >= 200 and < 300 || status is null)
        {
            await Check(request.Operation, batch);
            rereads.Forget();
        }
    }

    private async Task Check(ApiOperation operation, List<string> batch)
    {
        foreach (var change in await rereads.Changed(batch.Distinct().ToList()))
            tally.Find(operation, $"a request it refused changed {change}");
        batch.Clear();
    }

    private IReadOnlyList<string> Named(FuzzRequest request) =>
        request.Operation.IsWrite && request.OnKnownRecords ? rereads.For(request.Operation, request.Target) : [];

    private async Task<int?> Send(FuzzRequest request)
    {
        try
        {
            using var answer = await http.SendAsync(Message(request));
            var status = (int)answer.StatusCode;
            var body = await answer.Content.ReadAsStringAsync();
            tally.Answered(request, status, answer.Content.Headers.ContentType, body);
            return status;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            tally.Unanswered(request, e);
            return null;
        }
    }

    private HttpRequestMessage Message(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Target);
        if (tokens.TryGetValue(request.Caller, out var token))
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (request.Body is not null)
            message.Content = new StringContent(request.Body, Encoding.UTF8, request.ContentType);
        else if (request.Operation.IsWrite)
            message.Content = new ByteArrayContent([]);
        return message;
    }

    private async Task<bool> Visible(string path, Caller caller) =>
        (await Read(http, tokens[caller], path)).StartsWith('2');

    /// <summary>A caller's view of a path: its status, and its body when it is read.</summary>
    public static async Task<string> Read(HttpClient http, string token, string path)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, path)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
        using var answer = await http.SendAsync(message);
        var status = (int)answer.StatusCode;
        // A problem carries the trace id of its own request: only its status says what it says.
        return status is >= 200 and < 300 ? $"{status} {await answer.Content.ReadAsStringAsync()}" : $"{status}";
    }
}
