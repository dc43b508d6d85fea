using Commissioning.Domain.Costing;

namespace Returns.Domain.Cld;

/// <summary>
/// The CLD Release 2 defined value lists the documents give, by field header (anchors B.2 L496-512,
/// B.3 L555; anchors-refresh §2 L26-33). A value is mapped to its list's spelling; one that cannot be
/// mapped becomes <see cref="InvalidAndNotMapped"/>, as DHSC's pipeline does (anchors-refresh §2 L25-26).
/// Fields whose lists the documents do not give (Assessment_Type, Method_of_Assessment, Review_Reason,
/// Review_Outcomes_Achieved, Service_Component, Gender, Ethnicity, Client_Funding_Status) are kept as text.
/// </summary>
public static class CldLists
{
    public const string InvalidAndNotMapped = "Invalid and not mapped";

    private static readonly string[] YesNo = ["Yes", "No"];
    private static readonly string[] YesNoUnknown = ["Yes", "No", "Unknown"];

    /// <summary>
    /// Cost_Frequency_Unit_Type as the file spells it, matching 6.Costs_fact.sql's LIKE patterns (B.2 L524-531).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, CostFrequency> CostFrequencies =
        new Dictionary<string, CostFrequency>(StringComparer.Ordinal)
        {
            ["Hourly"] = CostFrequency.Hourly,
            ["Per session"] = CostFrequency.PerSession,
            ["Daily"] = CostFrequency.Daily,
            ["Weekly"] = CostFrequency.Weekly,
            ["Fortnightly"] = CostFrequency.Fortnightly,
            ["4-Weekly"] = CostFrequency.FourWeekly,
            ["Monthly"] = CostFrequency.Monthly,
            ["Quarterly"] = CostFrequency.Quarterly,
            ["Annually"] = CostFrequency.Annual,
            ["One-off"] = CostFrequency.OneOff,
        };

    /// <summary>Every list by its field's header.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByField =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            // B.2 L498
            [CldHeaders.EventType] = ["Request", "Assessment", "Service", "Review"],
            // B.2 L499
            [CldHeaders.ClientType] = ["Service user", "Carer", "Carer known by association"],
            // B.2 L500-503
            [CldHeaders.ServiceType] =
            [
                "Long term support: Community", "Long term support: Nursing care", "Long term support: Prison",
                "Long term support: Residential care", "Short term support: Ongoing low level",
                "Short term support: Other short term", "Short term support: ST-Max",
                "Unpaid carer support: Direct to unpaid carer",
                "Unpaid carer support: Support involving the person cared-for",
            ],
            // B.2 L504 (Release 2)
            [CldHeaders.EventOutcome] =
            [
                "Admitted to hospital", "Continuation of support or services", "NFA: Deceased",
                "NFA: Information and advice or signposting", "NFA: No services offered for other reason",
                "NFA: Other", "NFA: Referral to NHS services or NHS funded social care",
                "NFA: Referral to other service within the local authority",
                "NFA: Responsibility moved to another local authority",
                "NFA: Self-funded client or under 12wk disregard", "NFA: Support declined",
                "NFA: Support ended as planned", "NFA: Support ended for other reason",
                "Progress to assessment, review or reassessment", "Progress to reablement/ST-Max",
                "Progress to support planning or services",
            ],
            // B.2 L505
            [CldHeaders.RequestRouteOfAccess] =
            [
                "Planned Entry (Transition)", "Discharge from Hospital", "Diversion from Hospital Services",
                "Community / Other route", "Prison", "Self-Funder", "Discharge from Reablement",
                "Transfer from Other LA",
            ],
            // B.2 L506
            [CldHeaders.DeliveryMechanism] =
            [
                "Direct Payment", "CASSR Managed Personal Budget", "CASSR Commissioned Support",
                "Self-Funder Metering Only",
            ],
            // B.2 L507
            [CldHeaders.MethodOfReview] = ["Carer only", "Service user only", "Service user and carer"],
            // B.2 L510
            [CldHeaders.EmploymentStatus] =
            [
                "Paid: Less than 16 hours a week", "Paid: 16 or more hours a week", "Paid: Hours per week unknown",
                "Not in Paid Employment (seeking work)",
                "Not in Paid Employment (not actively seeking work / retired)",
                "Not in Paid Employment (voluntary work only)", "Unknown",
            ],
            // B.2 L511
            [CldHeaders.AccommodationStatus] =
            [
                "Owner occupier or shared ownership scheme", "Tenant", "Tenant - private landlord",
                "Settled mainstream housing with family / friends",
                "Supported accommodation / supported lodgings / supported group home", "Shared Lives scheme",
                "Approved premises for offenders released from prison or under probation supervision",
                "Sheltered housing / extra care housing / other sheltered housing",
                "Mobile accommodation for Gypsy / Roma and Traveller communities", "Rough sleeper / squatting",
                "Night shelter / emergency hostel / direct access hostel", "Refuge",
                "Placed in temporary accommodation by the council",
                "Staying with family / friends as a short-term guest",
                "Acute / long-term healthcare residential facility or hospital", "Registered care home",
                "Registered nursing home", "Prison / YOI / detention centre", "Other temporary accommodation",
                "Unknown",
            ],
            // B.3 L555 (SALT LTS001a's list, kept by CLD)
            [CldHeaders.PrimarySupportReason] =
            [
                "Physical Support: Access & mobility only", "Physical Support: Personal care support",
                "Sensory Support: Support for visual impairment", "Sensory Support: Support for hearing impairment",
                "Sensory Support: Support for dual impairment", "Support with Memory & Cognition",
                "Learning Disability Support", "Mental Health Support", "Social Support: Substance misuse support",
                "Social Support: Asylum seeker support", "Social Support: Support for Social Isolation/Other",
            ],
            [CldHeaders.CostFrequencyUnitType] = [.. CostFrequencies.Keys],
            // Decision (README): yes/no flags; the health conditions and carer flag may also be unknown.
            [CldHeaders.EligibleNeedsIdentified] = YesNo,
            [CldHeaders.HasUnpaidCarer] = YesNoUnknown,
            [CldHeaders.Dementia] = YesNoUnknown,
            [CldHeaders.AutismSpectrumDisorder] = YesNoUnknown,
            [CldHeaders.HearingImpairment] = YesNoUnknown,
            [CldHeaders.VisualImpairment] = YesNoUnknown,
        };

    /// <summary>
    /// Rule MappedToRelease2: a blank value stays blank; a listed value takes the list's spelling
    /// (ignoring case and outer spaces); anything else is "Invalid and not mapped". Unlisted fields are trimmed.
    /// </summary>
    public static string? Map(string field, string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (!ByField.TryGetValue(field, out var list)) return value;
        return list.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
            ?? InvalidAndNotMapped;
    }
}
