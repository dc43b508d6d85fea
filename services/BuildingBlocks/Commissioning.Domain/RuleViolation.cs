namespace Commissioning.Domain;

/// <summary>What kind of rule was broken; the edges map it to an HTTP status or a gRPC status code.</summary>
public enum ViolationKind
{
    /// <summary>The input itself is wrong (HTTP 400, gRPC INVALID_ARGUMENT).</summary>
    Invalid,
    /// <summary>The thing asked for does not exist (HTTP 404, gRPC NOT_FOUND).</summary>
    NotFound,
    /// <summary>It exists already (HTTP 409, gRPC ALREADY_EXISTS).</summary>
    AlreadyExists,
    /// <summary>The input is well formed but the record's state forbids it (HTTP 409/422, gRPC FAILED_PRECONDITION).</summary>
    Precondition,
    /// <summary>The caller may not do this to this record (HTTP 403, gRPC PERMISSION_DENIED).</summary>
    Forbidden,
}

/// <summary>
/// A broken business rule, raised by domain classes and turned into an RFC 9457 problem or a gRPC
/// status at the edge. <see cref="Field"/> names the input at fault (camelCase, as the API spells it);
/// <see cref="Rule"/> says which rule it broke. Raise it with a named rule (<see cref="Rule.Broken"/>,
/// <see cref="Rule.Require"/>); the factories below give the general rule of their kind.
/// </summary>
public sealed class RuleViolation(Rule rule, string field, string message) : Exception(message)
{
    public Rule Rule { get; } = rule;
    public ViolationKind Kind => Rule.Kind;
    public string Field { get; } = field;

    public static RuleViolation Invalid(string field, string message) =>
        new(GeneralRules.InvalidInput, field, message);
    public static RuleViolation NotFound(string field, string message) => new(GeneralRules.NotFound, field, message);
    public static RuleViolation AlreadyExists(string field, string message) =>
        new(GeneralRules.AlreadyExists, field, message);
    public static RuleViolation Precondition(string field, string message) =>
        new(GeneralRules.StateForbids, field, message);
    public static RuleViolation Forbidden(string field, string message) =>
        new(GeneralRules.NotPermitted, field, message);

    /// <summary>Throws an <see cref="Invalid"/> violation unless <paramref name="condition"/> holds.</summary>
    public static void Require(bool condition, string field, string message) =>
        GeneralRules.InvalidInput.Require(condition, field, message);
}
