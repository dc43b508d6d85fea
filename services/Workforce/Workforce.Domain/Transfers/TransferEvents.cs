using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Transfers;

public sealed record TransferScheduled(Guid TransferProjectId, string TransferorCode, string TransfereeCode,
    DateOnly TransferDate, DateOnly EliDueOn) : IDomainEvent;

public sealed record ConsultationOpened(Guid TransferProjectId, DateOnly OpenedOn, int Representatives) : IDomainEvent;

public sealed record ConsultationClosed(Guid TransferProjectId, DateOnly ClosedOn) : IDomainEvent;

public sealed record EliProvided(Guid TransferProjectId, DateOnly ProvidedOn, DateOnly DueOn, int Version,
    bool Late) : IDomainEvent;

/// <summary>Vacancies of a team that moved to the transferee as vacancies (A §4 VacancyTransferred).</summary>
public sealed record VacancyTransferred(Guid TransferProjectId, string TeamName, string ToEmployerCode, Fte Fte)
    : IDomainEvent;

public sealed record TransferCompleted(Guid TransferProjectId, DateOnly On, int Employees, Fte Fte, Fte VacantFte,
    int Objectors) : IDomainEvent;

/// <summary>
/// A deadline reached a state worth telling (approaching, due today, missed), raised once per state: on
/// <see cref="RaisedOn"/>, for the transfer on <see cref="TransferDate"/>.
/// </summary>
public sealed record DeadlineNoticeRaised(Guid TransferProjectId, DeadlineKind Kind, DateOnly DueOn,
    DeadlineState State, DateOnly RaisedOn, DateOnly TransferDate) : IDomainEvent
{
    /// <summary>The same deadline in the same state, whenever it was raised.</summary>
    public bool Tells(DeadlineNoticeRaised other) => (Kind, DueOn, State) == (other.Kind, other.DueOn, other.State);
}
