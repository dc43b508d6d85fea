using Commissioning.Domain;

namespace Workforce.Domain.Transfers;

/// <summary>The rules a TUPE transfer project is planned, consulted on and completed by.</summary>
public static class TransferRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule TitleGiven = new("transfer-title-given", Invalid, "A transfer project has a title.");
    public static readonly Rule TransfereeIsAnotherEmployer = new("transferee-is-another-employer", Invalid,
        "The transferee is another employer than the transferor.", "TUPE reg. 3");
    public static readonly Rule PlannedAhead = new("transfer-planned-ahead", Invalid,
        "A transfer is planned for a future date.");
    public static readonly Rule TransferDateAfterConsultation = new("transfer-date-after-consultation", Invalid,
        "The transfer comes after the consultation, held or planned.", "A §3.2");
    public static readonly Rule RescheduleKeepsEliOnTime = new("reschedule-keeps-eli-on-time", Invalid,
        "A new transfer date does not make the ELI already given late without a reason.", "TUPE reg. 11(6)");
    public static readonly Rule OnlyTheTransferorsEmployees = new("only-the-transferors-employees", Invalid,
        "Only the transferor's employees are assigned to the transfer.", "TUPE reg. 4(1)");
    public static readonly Rule TheTransferorsEstablishment = new("the-transferors-establishment", Invalid,
        "Staff and vacancies leave from the transferor's establishment.", "A §4.1 L784-790");
    public static readonly Rule TheTransfereesEstablishment = new("the-transferees-establishment", Invalid,
        "Staff and vacancies arrive in the transferee's establishment.", "A §4.1 L784-790");
    public static readonly Rule TheProjectsTransferee = new("the-projects-transferee", Invalid,
        "Staff transfer only to the project's transferee.");
    public static readonly Rule VacanciesWithinTheTeam = new("vacancies-within-the-team", Invalid,
        "More than 0 and at most the team's vacant FTE are assigned as vacancies.", "A §1.15 L379");
    public static readonly Rule NotYetTransferred = new("not-yet-transferred", State,
        "A transfer that has taken place changes no more.");
    public static readonly Rule DueDiligenceCommissionedOnce = new("due-diligence-commissioned-once", Invalid,
        "Due diligence is commissioned once.");
    public static readonly Rule DueDiligenceCommissioned = new("due-diligence-commissioned", State,
        "Due diligence completes only once commissioned.", "A §5.10.5 L1078");
    public static readonly Rule DueDiligenceEndsAfterItStarts = new("due-diligence-ends-after-it-starts", Invalid,
        "Due diligence ends after it is commissioned.");
    public static readonly Rule ReferenceGiven = new("reference-given", Invalid,
        "An actuarial valuation and a contingency plan are recorded with their reference.");
    public static readonly Rule ValuationBeforePensionDecision = new("valuation-before-pension-decision", State,
        "The pension route is decided on an actuarial valuation, recorded first.", "A §4.3 L805-809");
    public static readonly Rule PensionDecisionAfterValuation = new("pension-decision-after-valuation", Invalid,
        "The pension decision cannot come before the valuation.", "A §4.3 L805-809");
    public static readonly Rule MeasuresBeforeConsultationCloses = new("measures-before-consultation-closes",
        Invalid, "The representatives hear of the transferee's measures before the consultation closes.",
        "TUPE reg. 13(2)(d), 13(4)");
    public static readonly Rule ConsultationClosesAfterItOpens = new("consultation-closes-after-it-opens", Invalid,
        "A consultation closes after it opens.");
    public static readonly Rule ConsultationClosesBeforeTransfer = new("consultation-closes-before-transfer",
        Invalid, "The consultation closes before the transfer date.", "A §3.2");
    public static readonly Rule ConsultationOpensBeforeTransfer = new("consultation-opens-before-transfer", Invalid,
        "The consultation opens before the transfer date.", "A §3.2");
    public static readonly Rule ConsultationOpenedOnce = new("consultation-opened-once", Invalid,
        "A consultation is opened once.");
    public static readonly Rule ConsultationAfterDueDiligence = new("consultation-after-due-diligence", Invalid,
        "Formal consultation follows the commissioning of due diligence.", "A R-WF-07, §5.10.5 L1078");
    public static readonly Rule AppropriateRepresentatives = new("appropriate-representatives", Invalid,
        "A consultation names the recognised trade unions or elected representatives consulted.",
        "TUPE reg. 13(3)");
    public static readonly Rule ConsultationOpen = new("consultation-open", State,
        "Only an open consultation is closed.");
    public static readonly Rule ConsultationClosedOnce = new("consultation-closed-once", Invalid,
        "A consultation is closed once.");
    public static readonly Rule EliLateNeedsReason = new("eli-late-needs-reason", Invalid,
        "Employee liability information given after its due date (28 days before the transfer) says why.",
        "TUPE reg. 11(6)");
    public static readonly Rule ObjectionRecordedOnce = new("objection-recorded-once", Invalid,
        "An employee's objection is recorded once.");
    public static readonly Rule ObjectionBeforeTransfer = new("objection-before-transfer", Invalid,
        "An objection is made before the transfer.", "TUPE reg. 4(7)-(8)");
    public static readonly Rule TransferOnItsDate = new("transfer-on-its-date", State,
        "The transfer takes place on its date, not before.", "A R-WF-05 §1.1 L195");
    public static readonly Rule TransferAfterConsultationClosed = new("transfer-after-consultation-closed", State,
        "The transfer waits until the consultation has closed.", "A §3.2");
    public static readonly Rule DueDiligenceComplete = new("due-diligence-complete", State,
        "The transfer waits until due diligence is complete.", "A §5.10.5 L1078");
    public static readonly Rule PensionRouteDecided = new("pension-route-decided", State,
        "The transfer waits until the pension route is decided.", "A §4.3 L805-809");
    public static readonly Rule ContingencyPlanApproved = new("contingency-plan-approved", State,
        "The transfer needs an approved contingency plan.", "A §5.34 L1468");
    public static readonly Rule ExactlyTheAssignedRecords = new("exactly-the-assigned-records", Invalid,
        "The transfer moves exactly the records of the employees assigned to it.");
    public static readonly Rule EliCoversThoseWhoTransfer = new("eli-covers-those-who-transfer", Invalid,
        "The ELI pack holds the record of every employee who transfers.", "anchors B.10 (TUPE reg. 11(2))");
}
