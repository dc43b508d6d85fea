namespace Commissioning.Domain;

/// <summary>
/// A rule by its stable name. Every violation of it carries the name as the problem's <c>type</c>
/// (<c>/problems/{name}</c>) over REST and in the ErrorInfo over gRPC, so a partner's system, and a test,
/// tells two rules on one field apart. <see cref="Source"/> cites the document line that states the rule
/// ("W:714", "S:114-118", a specification's section), or is empty for a rule of the platform's own (an
/// input's shape, a page's size). A service declares its rules as static fields of a class per domain area;
/// the rules index in its README is made from them (tests/Architecture.Tests/RulesIndexTests).
/// </summary>
public sealed record Rule
{
    public Rule(string name, ViolationKind kind, string says, string source = "")
    {
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new ArgumentException($"A rule's name is lower-case words joined by hyphens, not '{name}'.");
        (Name, Kind, Says, Source) = (name, kind, says, source);
    }

    public string Name { get; }
    public ViolationKind Kind { get; }
    /// <summary>The rule in one sentence: the problem's title.</summary>
    public string Says { get; }
    public string Source { get; }

    /// <summary>The problem's type: a URI reference, resolved against wherever the caller reached the API.</summary>
    public string ProblemType => "/problems/" + Name;

    /// <summary>The violation of this rule by <paramref name="field"/>, with what was wrong this time.</summary>
    public RuleViolation Broken(string field, string message) => new(this, field, message);

    /// <summary>Throws <see cref="Broken"/> unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string field, string message)
    {
        if (!condition) throw Broken(field, message);
    }
}

/// <summary>
/// The rules a violation has when its raiser names none: one per kind. A missing record is the same rule
/// everywhere (not-found); the other four stand for rules not yet given a name of their own, which
/// tests/Architecture.Tests/RulesIndexTests counts per service so the count only goes down.
/// </summary>
public static class GeneralRules
{
    public static readonly Rule InvalidInput = new("invalid-input", ViolationKind.Invalid, "The request is not valid.");
    public static readonly Rule NotFound = new("not-found", ViolationKind.NotFound, "Not found.");
    public static readonly Rule AlreadyExists = new("already-exists", ViolationKind.AlreadyExists,
        "It already exists.");
    public static readonly Rule StateForbids = new("state-forbids", ViolationKind.Precondition,
        "The record's state does not allow this.");
    public static readonly Rule NotPermitted = new("not-permitted", ViolationKind.Forbidden, "You may not do this.");

    // Requests the framework cannot read, before any rule of a service is asked (ServiceDefaults' BadRequestProblems).
    public static readonly Rule ReadableBody = new("readable-body", ViolationKind.Invalid,
        "A request body is JSON of the operation's shape: its fields, each once, each of its type.");
    public static readonly Rule RequiredFieldsGiven = new("required-fields-given", ViolationKind.Invalid,
        "A request body gives every field the operation requires.");
    public static readonly Rule ReadableParameter = new("readable-parameter", ViolationKind.Invalid,
        "Each parameter of a request is of its type.");
    public static readonly Rule ReadableRequest = new("readable-request", ViolationKind.Invalid,
        "A request is one the API can read.");
}
