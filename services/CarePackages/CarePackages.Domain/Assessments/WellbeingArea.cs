namespace CarePackages.Domain.Assessments;

/// <summary>The Care Act's nine wellbeing areas, every one of which an assessment covers (A R-CPB-03, §3.4 L711-730).</summary>
public enum WellbeingArea
{
    PersonalDignity,
    PhysicalAndMentalHealthAndEmotionalWellbeing,
    ProtectionFromAbuseAndNeglect,
    ControlOverDayToDayLife,
    ParticipationInWorkEducationTrainingOrRecreation,
    SocialAndEconomicWellbeing,
    DomesticFamilyAndPersonalRelationships,
    SuitabilityOfLivingAccommodation,
    ContributionToSociety,
}
