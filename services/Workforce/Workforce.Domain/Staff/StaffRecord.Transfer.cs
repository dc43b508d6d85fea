using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;

namespace Workforce.Domain.Staff;

public sealed partial class StaffRecord
{
    /// <summary>Records the decision that this person does not transfer (W:856 "No staff will transfer").</summary>
    public void RecordNoTransfer(GovernanceDecision decision)
    {
        RequireEmployed();
        if (TransferStatus != TransferStatus.NoTransfer)
            throw StaffRules.TransferStatusAllows.Broken("transferStatus",
                $"The person's transfer status is {TransferStatus}.");
        NoTransferDecision = decision.Checked("decision");
    }

    /// <summary>
    /// Rule NoTransferNeedsNewDecision (W BR-57): puts the person into a transfer project. Where a decision
    /// said they do not transfer, proposing it needs a later governance decision and a consultation.
    /// </summary>
    public void ProposeTransfer(Guid transferProjectId, GovernanceDecision? newDecision, string? consultationReference)
    {
        RequireEmployed();
        if (TransferStatus != TransferStatus.NoTransfer)
            throw StaffRules.TransferStatusAllows.Broken("staffRecordId",
                $"The person's transfer status is {TransferStatus}.");
        if (NoTransferDecision is { } noTransfer)
        {
            var decision = (newDecision ?? throw StaffRules.NoTransferNeedsNewDecision.Broken("decision",
                $"{noTransfer.Body} decided this person does not transfer ({noTransfer.Reference}); " +
                "a transfer needs a new governance decision.")).Checked("decision");
            StaffRules.NoTransferNeedsNewDecision.Require(decision.DecidedOn > noTransfer.DecidedOn,
                "decision.decidedOn",
                $"The decision must come after the no-transfer decision of {noTransfer.DecidedOn:yyyy-MM-dd}.");
            StaffRules.NoTransferNeedsNewDecision.Require(!string.IsNullOrWhiteSpace(consultationReference),
                "consultationReference",
                "Proposing a transfer for staff told they would not transfer needs a consultation.");
        }
        TransferStatus = TransferStatus.ProposedTransfer;
        TransferProjectId = transferProjectId;
    }

    /// <summary>Takes the person out of a transfer project before it happens; the earlier status returns.</summary>
    internal void WithdrawFromTransfer()
    {
        TransferStatus = TransferStatus.NoTransfer;
        TransferProjectId = null;
    }

    /// <summary>The person objects to the transfer (reg. 4(7)): they do not transfer.</summary>
    internal void Object() => TransferStatus = TransferStatus.ObjectedToTransfer;

    /// <summary>An objector's employment ends with the transfer, without a dismissal (reg. 4(8)).</summary>
    internal void EndOnObjection(DateOnly transferDate)
    {
        EmploymentEndedOn = transferDate;
        _spells[^1] = _spells[^1] with { To = transferDate.AddDays(-1) };
    }

    /// <summary>
    /// Rule ContinuityAndTermsSurviveTransfer (A §5.17 L1196; R-WF-06): the record moves to the
    /// transferee's team with its continuous-service date and terms unchanged; only the pension scheme
    /// follows the project's pension decision.
    /// </summary>
    internal void TransferTo(Employer transferee, Establishment establishment, Guid teamId, PensionScheme pension,
        DateOnly on)
    {
        RequireOwnEstablishment(transferee, establishment);
        establishment.Team(teamId);
        var from = EmployerCode;
        _spells[^1] = _spells[^1] with { To = on.AddDays(-1) };
        _spells.Add(new EmploymentSpell(transferee.Code, on, null));
        EmployerId = transferee.Id;
        EmployerCode = transferee.Code;
        Sector = transferee.Sector;
        TeamId = teamId;
        Terms = Terms with { PensionScheme = pension };
        TransferStatus = TransferStatus.Transferred;
        Raise(new EmployeeTransferred(Id, Reference, TransferProjectId!.Value, from, transferee.Code, on,
            Terms.Fte, Terms.ContinuousServiceStart, Terms.TermsReference, pension));
    }
}
