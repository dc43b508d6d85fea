using Commissioning.Domain;
using Workforce.Domain.Staff;

namespace Workforce.Domain.Transfers;

public sealed partial class TransferProject
{
    public DueDiligence? DueDiligence { get; private set; }
    public ActuarialValuation? ActuarialValuation { get; private set; }
    public PensionDecision? PensionDecision { get; private set; }
    public MeasuresLetter? MeasuresLetter { get; private set; }
    public ConsultationPlan? ConsultationPlan { get; private set; }
    public Consultation? Consultation { get; private set; }
    public EliProvision? Eli { get; private set; }
    public ContingencyPlan? ContingencyPlan { get; private set; }

    public void CommissionDueDiligence(DateOnly on)
    {
        RequirePlanning();
        TransferRules.DueDiligenceCommissionedOnce.Require(DueDiligence is null, "dueDiligence",
            "Due diligence is already commissioned.");
        DueDiligence = new DueDiligence(on, null);
    }

    public void CompleteDueDiligence(DateOnly on)
    {
        RequirePlanning();
        var commissioned = DueDiligence
            ?? throw TransferRules.DueDiligenceCommissioned.Broken("dueDiligence",
                "Due diligence has not been commissioned.");
        TransferRules.DueDiligenceEndsAfterItStarts.Require(on >= commissioned.CommissionedOn, "on",
            "Due diligence ends after it is commissioned.");
        DueDiligence = commissioned with { CompletedOn = on };
    }

    public void RecordActuarialValuation(string reference, DateOnly receivedOn)
    {
        RequirePlanning();
        TransferRules.ReferenceGiven.Require(!string.IsNullOrWhiteSpace(reference), "reference",
            "Give the valuation's reference.");
        ActuarialValuation = new ActuarialValuation(reference.Trim(), receivedOn);
    }

    /// <summary>Rule ValuationBeforePensionDecision (A §4.3 L805 "An actuarial valuation needs to be
    /// commissioned").</summary>
    public void DecidePension(PensionRoute route, DateOnly on)
    {
        RequirePlanning();
        var valuation = ActuarialValuation ?? throw TransferRules.ValuationBeforePensionDecision.Broken(
            "actuarialValuation", "The pension route is decided on an actuarial valuation; record it first.");
        TransferRules.PensionDecisionAfterValuation.Require(on >= valuation.ReceivedOn, "on",
            "The decision cannot come before the valuation.");
        PensionDecision = new PensionDecision(route, on);
    }

    /// <summary>The transferee's measures letter (reg. 13(4)); it must come before the consultation closes.</summary>
    public void RecordMeasures(DateOnly receivedOn, string? measures)
    {
        RequirePlanning();
        TransferRules.MeasuresBeforeConsultationCloses.Require(Consultation?.ClosedOn is null, "measures",
            "The consultation has closed; the representatives must hear of the measures before it closes.");
        MeasuresLetter = new MeasuresLetter(receivedOn, string.IsNullOrWhiteSpace(measures) ? null : measures.Trim());
    }

    /// <summary>Plans the consultation window (A §5.10.5 L1078); it closes before the transfer.</summary>
    public void PlanConsultation(DateOnly opensBy, DateOnly closesBy)
    {
        RequirePlanning();
        TransferRules.ConsultationClosesAfterItOpens.Require(closesBy >= opensBy, "closesBy",
            "The consultation closes after it opens.");
        TransferRules.ConsultationClosesBeforeTransfer.Require(closesBy < TransferDate, "closesBy",
            "The consultation closes before the transfer date.");
        ConsultationPlan = new ConsultationPlan(opensBy, closesBy);
    }

    /// <summary>
    /// Rules ConsultationAfterDueDiligence (A R-WF-07, §5.10.5 L1078) and AppropriateRepresentatives
    /// (reg. 13(3)): opens once due diligence is commissioned, before the transfer, with representatives.
    /// </summary>
    public void OpenConsultation(DateOnly on, IReadOnlyList<AppropriateRepresentative> representatives)
    {
        RequirePlanning();
        TransferRules.ConsultationOpenedOnce.Require(Consultation is null, "consultation",
            "The consultation is already open.");
        TransferRules.ConsultationAfterDueDiligence.Require(DueDiligence is { } dd && dd.CommissionedOn <= on,
            "consultation", "Formal consultation follows the commissioning of due diligence (A §5.10.5 L1078).");
        TransferRules.ConsultationOpensBeforeTransfer.Require(on < TransferDate, "on",
            "The consultation opens before the transfer date.");
        TransferRules.AppropriateRepresentatives.Require(representatives.Count > 0, "representatives",
            "Name the recognised trade unions or elected representatives consulted.");
        TransferRules.AppropriateRepresentatives.Require(representatives.All(r => !string.IsNullOrWhiteSpace(r.Name)),
            "representatives", "Each representative needs a name.");
        Consultation = new Consultation(on, null,
            representatives.Select(r => r with { Name = r.Name.Trim() }).ToList());
        Raise(new ConsultationOpened(Id, on, representatives.Count));
    }

    /// <summary>Rule ConsultationClosesBeforeTransfer, once the transferee's measures are known.</summary>
    public void CloseConsultation(DateOnly on)
    {
        RequirePlanning();
        var open = Consultation ?? throw TransferRules.ConsultationOpen.Broken("consultation",
            "The consultation is not open.");
        TransferRules.ConsultationClosedOnce.Require(open.ClosedOn is null, "consultation",
            "The consultation is already closed.");
        TransferRules.ConsultationClosesAfterItOpens.Require(on >= open.OpenedOn, "on",
            "The consultation closes after it opens.");
        TransferRules.ConsultationClosesBeforeTransfer.Require(on < TransferDate, "on",
            "The consultation closes before the transfer date.");
        TransferRules.MeasuresBeforeConsultationCloses.Require(MeasuresLetter is not null, "measures",
            "Record the transferee's measures letter before closing the consultation.");
        Consultation = open with { ClosedOn = on };
        Raise(new ConsultationClosed(Id, on));
    }

    /// <summary>
    /// Rule EliLateNeedsReason (reg. 11(6)): ELI given after <see cref="EliDueOn"/> states the special
    /// circumstances. Giving it again (reg. 11(5), changes) makes a new version.
    /// </summary>
    public void ProvideEli(DateOnly on, string? lateReason)
    {
        RequirePlanning();
        var reason = string.IsNullOrWhiteSpace(lateReason) ? null : lateReason.Trim();
        var late = on > EliDueOn;
        TransferRules.EliLateNeedsReason.Require(!late || reason is not null, "lateReason",
            $"Employee Liability Information was due by {EliDueOn:yyyy-MM-dd}; state why it is late.");
        Eli = Eli is { } earlier
            ? earlier with { LastProvidedOn = on, Version = earlier.Version + 1,
                LateReason = reason ?? earlier.LateReason }
            : new EliProvision(on, on, 1, reason);
        Raise(new EliProvided(Id, on, EliDueOn, Eli.Version, late));
    }

    /// <summary>The transferee's HR officers see the ELI from the day it is provided (issue 17, cap. 7).</summary>
    public bool EliVisibleToTransfereeOn(DateOnly date) => Eli is { } eli && date >= eli.FirstProvidedOn;

    /// <summary>Rule ObjectorDoesNotTransfer (reg. 4(7)): an assigned employee may object before the
    /// transfer.</summary>
    public void RecordObjection(StaffRecord record, DateOnly on)
    {
        RequirePlanning();
        var index = _employees.FindIndex(e => e.StaffRecordId == record.Id);
        if (index < 0) throw RuleViolation.NotFound("staffRecordId", "That person is not assigned to this transfer.");
        TransferRules.ObjectionRecordedOnce.Require(!_employees[index].Objected, "staffRecordId",
            "The objection is already recorded.");
        TransferRules.ObjectionBeforeTransfer.Require(on < TransferDate, "on",
            "An objection is made before the transfer.");
        _employees[index] = _employees[index] with { ObjectedOn = on };
        record.Object();
    }

    /// <summary>The contingency plan the transfer needs (A §5.34 L1468).</summary>
    public void ApproveContingencyPlan(string reference, DateOnly on)
    {
        RequirePlanning();
        TransferRules.ReferenceGiven.Require(!string.IsNullOrWhiteSpace(reference), "reference",
            "Give the plan's reference.");
        ContingencyPlan = new ContingencyPlan(reference.Trim(), on);
    }
}
