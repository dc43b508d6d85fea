using Workforce.Domain.SeedWork;
using Workforce.Domain.Transfers;

namespace Workforce.Api.Apis;

/// <summary>A TUPE transfer from the caller's employer to the transferee (by its code) on a date.</summary>
public sealed record NewTransferProject(string Title, string TransfereeCode, DateOnly TransferDate,
    ArrangementKind? ArrangementKind = null, Guid? ArrangementId = null)
{
    public LinkedArrangement? Arrangement() => ArrangementKind is { } kind && ArrangementId is { } id
        ? new LinkedArrangement(kind, id)
        : null;
}

public sealed record TransferDateChange(DateOnly TransferDate);

public sealed record EmployeeAssignment(Guid StaffRecordId, DecisionRequest? Decision = null,
    string? ConsultationReference = null);

public sealed record VacancyAssignment(string TeamName, decimal Fte)
{
    public Fte ToFte() => Domain.SeedWork.Fte.Of(Fte, "fte");
}

public sealed record StepDate(DateOnly On);

public sealed record ValuationRequest(string Reference, DateOnly ReceivedOn);

public sealed record PensionDecisionRequest(PensionRoute Route, DateOnly On);

public sealed record MeasuresRequest(DateOnly ReceivedOn, string? Measures = null);

public sealed record ConsultationPlanRequest(DateOnly OpensBy, DateOnly ClosesBy);

public sealed record RepresentativeRequest(RepresentativeKind Kind, string Name);

public sealed record ConsultationOpening(DateOnly On, IReadOnlyList<RepresentativeRequest> Representatives)
{
    public IReadOnlyList<AppropriateRepresentative> ToRepresentatives() =>
        Representatives.Select(r => new AppropriateRepresentative(r.Kind, r.Name)).ToList();
}

/// <summary>ELI is given on the service's date; after the deadline only with the special circumstances.</summary>
public sealed record EliProvisionRequest(string? LateReason = null);

public sealed record ObjectionRequest(Guid StaffRecordId, DateOnly On);

public sealed record ContingencyPlanRequest(string Reference, DateOnly ApprovedOn);
