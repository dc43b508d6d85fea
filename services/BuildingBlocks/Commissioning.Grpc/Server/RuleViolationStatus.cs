using Commissioning.Domain;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RpcStatus = Google.Rpc.Status;

namespace Commissioning.Grpc;

/// <summary>
/// A broken domain rule as a gRPC status. Every kind carries a google.rpc.ErrorInfo naming the
/// field and the rule (its name, as a REST problem's type ends); an Invalid one also a
/// google.rpc.BadRequest field violation, which is what generic clients (grpcurl, buf curl, grpc-js)
/// show, and a Precondition one a PreconditionFailure.
/// </summary>
internal static class RuleViolationStatus
{
    public const string Domain = "commissioning";

    public static RpcException ToRpcException(RuleViolation violation)
    {
        var code = violation.Kind switch
        {
            ViolationKind.Invalid => Code.InvalidArgument,
            ViolationKind.NotFound => Code.NotFound,
            ViolationKind.AlreadyExists => Code.AlreadyExists,
            ViolationKind.Precondition => Code.FailedPrecondition,
            ViolationKind.Forbidden => Code.PermissionDenied,
            _ => Code.Unknown,
        };
        var status = new RpcStatus { Code = (int)code, Message = violation.Message };
        status.Details.Add(Any.Pack(new ErrorInfo
        {
            Reason = violation.Kind.ToString().ToUpperInvariant(),
            Domain = Domain,
            Metadata = { ["field"] = violation.Field, ["rule"] = violation.Rule.Name },
        }));
        if (violation.Kind == ViolationKind.Invalid)
            status.Details.Add(Any.Pack(new BadRequest
            {
                FieldViolations = { new BadRequest.Types.FieldViolation { Field = violation.Field, Description = violation.Message } },
            }));
        if (violation.Kind == ViolationKind.Precondition)
            status.Details.Add(Any.Pack(new PreconditionFailure
            {
                Violations =
                {
                    new PreconditionFailure.Types.Violation { Type = "STATE", Subject = violation.Field, Description = violation.Message },
                },
            }));
        return status.ToRpcException();
    }
}
