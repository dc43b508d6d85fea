using System.Text.RegularExpressions;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Partnerships;

/// <summary>
/// A statutory body in a partnership, identified by its national code: the ONS GSS code for a
/// council, the NHS ODS code for a CCG or ICB. The code is what partners' systems share, so it is
/// validated on entry.
/// </summary>
public sealed partial class PartnerBody
{
    private PartnerBody() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public StatutoryBodyKind Kind { get; private set; }
    public string Code { get; private set; } = "";

    public static PartnerBody Create(string name, StatutoryBodyKind kind, string code)
    {
        var normalised = Amounts.Text(code, "code").ToUpperInvariant();
        PartnershipRules.BodyCodeShape.Require(Pattern(kind).IsMatch(normalised), "code",
            $"'{code}' is not a valid {Describe(kind)}.");
        return new PartnerBody { Id = Guid.NewGuid(), Name = Amounts.Text(name, "name"), Kind = kind, Code = normalised };
    }

    private static Regex Pattern(StatutoryBodyKind kind) => kind switch
    {
        StatutoryBodyKind.Council => CouncilGss(),
        StatutoryBodyKind.DistrictCouncil => DistrictGss(),
        StatutoryBodyKind.ClinicalCommissioningGroup => CcgOds(),
        _ => IcbOds(),
    };

    private static string Describe(StatutoryBodyKind kind) => kind switch
    {
        StatutoryBodyKind.Council => "council GSS code (E06, E08, E09, E10 or W06 and six digits)",
        StatutoryBodyKind.DistrictCouncil => "district council GSS code (E07 and six digits)",
        StatutoryBodyKind.ClinicalCommissioningGroup => "CCG ODS code (three characters such as 12F)",
        _ => "ICB ODS code (three characters starting with Q)",
    };

    [GeneratedRegex("^(E06|E08|E09|E10|W06)[0-9]{6}$")]
    private static partial Regex CouncilGss();

    [GeneratedRegex("^E07[0-9]{6}$")]
    private static partial Regex DistrictGss();

    [GeneratedRegex("^[0-9]{2}[A-Z0-9]$")]
    private static partial Regex CcgOds();

    [GeneratedRegex("^Q[A-Z0-9]{2}$")]
    private static partial Regex IcbOds();
}
