using System.Text.Json;
using Returns.Domain.Cld;

namespace Returns.Api.ReadModels;

/// <summary>
/// Care packages' codes (kebab case, as its events carry them) in CLD Release 2's spelling (anchors B.2
/// L500-506, L524-531). A code with no entry is passed to <see cref="CldLists.Map"/> as it is, so it shows as
/// "Invalid and not mapped" and validation names it, rather than being guessed.
/// </summary>
public static class CldCodes
{
    /// <summary>
    /// Care packages' service types (its ServiceType: "grouped as CLD groups Service_Type ... at the level a broker
    /// sources at") in their CLD group. Decision: equipment and day opportunities are long-term community
    /// support; respite is other short-term support.
    /// </summary>
    private static readonly Dictionary<string, string> ServiceTypes = new(StringComparer.Ordinal)
    {
        ["home-care"] = "Long term support: Community",
        ["supported-living"] = "Long term support: Community",
        ["day-opportunities"] = "Long term support: Community",
        ["equipment"] = "Long term support: Community",
        ["residential-care"] = "Long term support: Residential care",
        ["nursing-care"] = "Long term support: Nursing care",
        ["respite"] = "Short term support: Other short term",
        ["short-term-reablement"] = "Short term support: ST-Max",
        ["carer-support"] = "Unpaid carer support: Direct to unpaid carer",
    };

    private static readonly Dictionary<string, string> DeliveryMechanisms = new(StringComparer.Ordinal)
    {
        ["direct-payment"] = "Direct Payment",
        ["council-managed-personal-budget"] = "CASSR Managed Personal Budget",
        ["council-commissioned-support"] = "CASSR Commissioned Support",
    };

    /// <summary>The CLD label of each cost frequency, as the file spells it ("4-Weekly").</summary>
    private static readonly Dictionary<string, string> CostFrequencies = CldLists.CostFrequencies
        .ToDictionary(p => JsonNamingPolicy.KebabCaseLower.ConvertName(p.Value.ToString()), p => p.Key,
            StringComparer.Ordinal);

    public static string? ServiceType(string code) => Mapped(CldHeaders.ServiceType, ServiceTypes, code);

    public static string? DeliveryMechanism(string code) =>
        Mapped(CldHeaders.DeliveryMechanism, DeliveryMechanisms, code);

    public static string? CostFrequency(string code) => Mapped(CldHeaders.CostFrequencyUnitType, CostFrequencies, code);

    /// <summary>CLD keeps Service_Component as text: the care packages type, as words ("Home care").</summary>
    public static string? ServiceComponent(string code) => string.IsNullOrWhiteSpace(code) ? null
        : char.ToUpperInvariant(code[0]) + code[1..].Replace('-', ' ');

    private static string? Mapped(string field, Dictionary<string, string> table, string code) =>
        CldLists.Map(field, table.GetValueOrDefault(code, code));
}
