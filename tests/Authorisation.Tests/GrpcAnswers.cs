using Grpc.Core;

namespace Authorisation.Tests;

/// <summary>The gRPC status each answer of the rules is given as, and the status a call ends with.</summary>
public static class GrpcAnswers
{
    public static StatusCode Of(Answer answer) => answer switch
    {
        Answer.Unauthenticated => StatusCode.Unauthenticated,
        Answer.WrongRole => StatusCode.PermissionDenied,
        Answer.OtherTenancy => StatusCode.NotFound,
        _ => StatusCode.OK,
    };

    public static async Task<StatusCode> StatusOf(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e) { return e.StatusCode; }
    }

    /// <summary>
    /// Calls <paramref name="method"/> as each caller and returns a line for every status that is not the one the
    /// rules give.
    /// </summary>
    public static async Task<List<string>> Mismatches(string method, IEnumerable<CallerKind> callers,
        Func<CallerKind, Answer> expected, Func<CallerKind, Task> call)
    {
        var wrong = new List<string>();
        foreach (var caller in callers)
        {
            var answer = expected(caller);
            var status = await StatusOf(() => call(caller));
            if (status != Of(answer)) wrong.Add($"{method} as {caller.Name}: {status}, the rules say {answer}");
        }
        return wrong;
    }
}
