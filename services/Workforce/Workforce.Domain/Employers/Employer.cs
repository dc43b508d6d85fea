using System.Text.RegularExpressions;
using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Employers;

/// <summary>
/// A body that employs staff, identified by the code the partners' systems share: a council's GSS
/// code, an NHS body's ODS code, a provider's ODS or registration code. Tokens carry the same code,
/// so it is the employer's tenancy.
/// </summary>
public sealed partial class Employer : AggregateRoot
{
    private Employer() { }

    public string Name { get; private set; } = "";
    public EmployerKind Kind { get; private set; }
    public string Code { get; private set; } = "";

    public EmploymentSector Sector => Kind.Sector();

    /// <summary>Rule EmployerCodeByKind: the code has the shape its kind's register gives it.</summary>
    public static Employer Register(string name, EmployerKind kind, string code)
    {
        WorkforceRules.EmployerCodeByKind.Require(!string.IsNullOrWhiteSpace(name), "name",
            "An employer needs a name.");
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        WorkforceRules.EmployerCodeByKind.Require(Pattern(kind).IsMatch(normalised), "code",
            $"'{code}' is not {Describe(kind)}.");
        return new Employer { Name = name.Trim(), Kind = kind, Code = normalised };
    }

    private static Regex Pattern(EmployerKind kind) => kind switch
    {
        EmployerKind.Council => CouncilGss(),
        EmployerKind.NhsBody => NhsOds(),
        _ => ProviderCode(),
    };

    private static string Describe(EmployerKind kind) => kind switch
    {
        EmployerKind.Council => "a council GSS code (E06, E07, E08, E09, E10 or W06 and six digits)",
        EmployerKind.NhsBody => "an NHS ODS code (three to five letters or digits, such as RXA or 12F)",
        _ => "a provider code (three to ten letters or digits)",
    };

    [GeneratedRegex("^(E06|E07|E08|E09|E10|W06)[0-9]{6}$")]
    private static partial Regex CouncilGss();

    [GeneratedRegex("^[A-Z0-9]{3,5}$")]
    private static partial Regex NhsOds();

    [GeneratedRegex("^[A-Z0-9]{3,10}$")]
    private static partial Regex ProviderCode();
}
