using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>Who sends a request: the records' owner, nobody, the owner's organisation in a role that does
/// not act, or a council of another partnership.</summary>
public enum Caller { Owner, Anonymous, WrongRole, OtherCouncil }

/// <summary>
/// One hostile request. <see cref="MustRefuse"/> says the platform may not take it (a 2xx is a finding):
/// malformed or mistyped input, values beyond the limits, no token, another tenancy's write.
/// </summary>
public sealed record FuzzRequest(string Kind, ApiOperation Operation, Caller Caller, string Target, string? Body,
    bool MustRefuse, string ContentType = "application/json")
{
    /// <summary>True when the path names records the owner holds, so a refused write can be re-read.</summary>
    public bool OnKnownRecords { get; init; }

    /// <summary>The fields a body spoils when it spoils more than one: a 400 or 422 names one of them.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public override string ToString() => $"{Operation.Method} {Target} [{Kind}, {Caller}]";
}
