namespace Returns.Domain.Cld;

/// <summary>
/// The CLD Release 2 field headers, in the file's order: submission, person, event, service and cost
/// (anchors B.2 L482-492; anchors-refresh §2 L27-37). Date_of_Birth is sent as its year and month only
/// (anchors-refresh §2 L37); Postcode is not sent (it is not in Release 2's person fields, L34-36).
/// </summary>
public static class CldHeaders
{
    public const string LaCode = "LA_Code";
    public const string ReportingPeriodStartDate = "Reporting_Period_Start_Date";
    public const string ReportingPeriodEndDate = "Reporting_Period_End_Date";
    public const string LaPersonUniqueIdentifier = "LA_Person_Unique_Identifier";
    public const string NhsNumber = "NHS_Number";
    public const string GpPracticeCode = "GP_Practice_Code";
    public const string Gender = "Gender";
    public const string Ethnicity = "Ethnicity";
    public const string YearOfBirth = "Year_of_Birth";
    public const string MonthOfBirth = "Month_of_Birth";
    public const string DateOfDeath = "Date_of_Death";
    public const string ClientType = "Client_Type";
    public const string PrimarySupportReason = "Primary_Support_Reason";
    public const string AccommodationStatus = "Accommodation_Status";
    public const string EmploymentStatus = "Employment_Status";
    public const string HasUnpaidCarer = "Has_Unpaid_Carer";
    public const string AutismSpectrumDisorder = "Autism_Spectrum_Disorder_ASD";
    public const string VisualImpairment = "Visual_Impairment";
    public const string HearingImpairment = "Hearing_Impairment";
    public const string Dementia = "Dementia";
    public const string TotalHrsCaringPerWeek = "Total_Hrs_Caring_per_week";
    public const string NoOfAdultsBeingCaredFor = "No_of_adults_being_cared_for";
    public const string Adult1LinkedPersonId = "Adult_1_Linked_Person_ID";
    public const string Adult2LinkedPersonId = "Adult_2_Linked_Person_ID";
    public const string Adult3LinkedPersonId = "Adult_3_Linked_Person_ID";
    public const string EventType = "Event_Type";
    public const string EventReference = "Event_Reference";
    public const string EventStartDate = "Event_Start_Date";
    public const string EventEndDate = "Event_End_Date";
    public const string EventDescription = "Event_Description";
    public const string EventOutcome = "Event_Outcome";
    public const string RequestRouteOfAccess = "Request_Route_of_Access";
    public const string AssessmentType = "Assessment_Type";
    public const string EligibleNeedsIdentified = "Eligible_Needs_Identified";
    public const string MethodOfAssessment = "Method_of_Assessment";
    public const string ReviewReason = "Review_Reason";
    public const string ReviewOutcomesAchieved = "Review_Outcomes_Achieved";
    public const string MethodOfReview = "Method_of_Review";
    public const string ServiceType = "Service_Type";
    public const string ServiceComponent = "Service_Component";
    public const string DeliveryMechanism = "Delivery_Mechanism";
    public const string ProviderCqcLocationId = "Provider_CQC_Location_ID";
    public const string ClientFundingStatus = "Client_Funding_Status";
    public const string UnitCost = "Unit_Cost";
    public const string CostFrequencyUnitType = "Cost_Frequency_Unit_Type";
    public const string PlannedUnitsPerWeek = "Planned_units_per_week";

    /// <summary>The headers in file order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        LaCode, ReportingPeriodStartDate, ReportingPeriodEndDate, LaPersonUniqueIdentifier, NhsNumber,
        GpPracticeCode, Gender, Ethnicity, YearOfBirth, MonthOfBirth, DateOfDeath, ClientType, PrimarySupportReason,
        AccommodationStatus, EmploymentStatus, HasUnpaidCarer, AutismSpectrumDisorder, VisualImpairment,
        HearingImpairment, Dementia, TotalHrsCaringPerWeek, NoOfAdultsBeingCaredFor, Adult1LinkedPersonId,
        Adult2LinkedPersonId, Adult3LinkedPersonId, EventType, EventReference, EventStartDate, EventEndDate,
        EventDescription, EventOutcome, RequestRouteOfAccess, AssessmentType, EligibleNeedsIdentified,
        MethodOfAssessment, ReviewReason, ReviewOutcomesAchieved, MethodOfReview, ServiceType, ServiceComponent,
        DeliveryMechanism, ProviderCqcLocationId, ClientFundingStatus, UnitCost, CostFrequencyUnitType,
        PlannedUnitsPerWeek,
    ];
}
