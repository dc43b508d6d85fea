namespace Contracts.Domain.Agreements;

/// <summary>Council adult social care functions a Section 75 delegation may or may not carry (P:L830-846, A §2.2).</summary>
public enum StatutoryFunction
{
    CareAndSupportAssessment,
    CarePlanning,
    SupportPlanning,
    PersonalBudgetProvision,
    CarersAssessment,
    /// <summary>Alert capture, information gathering and investigation; the outcome stays with the council's scrutiny.</summary>
    SafeguardingAdultsEnquiries,
    InitialComplaints,
    ContinuingHealthCareReviews,
    FinancialAssessmentForCharging,
    IncomeCollection,
    DebtRecovery,
    PrincipalSocialWorker,
    ChildProtection,
    PolicyDevelopment,
    AmhpApproval,
    GuardianshipOrders,
    DirectorOfAdultSocialServices,
    StatutoryReturns,
    OmbudsmanAndFreedomOfInformation,
}

public static class StatutoryFunctions
{
    /// <summary>
    /// Functions the council keeps and cannot delegate: charging, income and debt (A L1360), the
    /// Principal Social Worker (A L1419), child protection (A L416), and P's "No" rows (policy,
    /// AMHPs, guardianship, DASS, statutory returns, Ombudsman and FOI; P:L830-846).
    /// </summary>
    public static bool IsRetainedByCouncil(this StatutoryFunction function) => Retained.Contains(function);

    private static readonly HashSet<StatutoryFunction> Retained =
    [
        StatutoryFunction.FinancialAssessmentForCharging, StatutoryFunction.IncomeCollection, StatutoryFunction.DebtRecovery,
        StatutoryFunction.PrincipalSocialWorker, StatutoryFunction.ChildProtection, StatutoryFunction.PolicyDevelopment,
        StatutoryFunction.AmhpApproval, StatutoryFunction.GuardianshipOrders, StatutoryFunction.DirectorOfAdultSocialServices,
        StatutoryFunction.StatutoryReturns, StatutoryFunction.OmbudsmanAndFreedomOfInformation,
    ];
}
