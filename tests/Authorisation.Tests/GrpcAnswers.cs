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
}
