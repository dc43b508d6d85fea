using Commissioning.Domain;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing.Outbox;
using Commissioning.Protos;
using Google.Protobuf.WellKnownTypes;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Workforce.Domain.Forecasts;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;
using Common = Commissioning.Protos.Common.V1;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Workforce.Api.Events;

/// <summary>
/// The domain events other services and partners hear about, as the integration events of
/// proto/commissioning/events/v1 (topic "workforce.&lt;name&gt;", type "commissioning.workforce.&lt;name&gt;.v1").
/// Events carry no personal data: a staff record is named by its pseudonymous reference only. The deadline
/// worker's notices become ELI due / overdue; the other notices stay on the project's own view.
/// </summary>
public static class WorkforceEvents
{
    public const string Source = "workforce";
    public static readonly string DeadLetters = DeadLetterTopic.Of(Source);

    /// <param name="occurredAt">When the change was saved, from the service's one clock.</param>
    public static void Publish(DbContext store, IDomainEvent domainEvent, DateTimeOffset occurredAt)
    {
        var now = Timestamp.FromDateTimeOffset(occurredAt);
        switch (domainEvent)
        {
            case TransferScheduled e:
                Enqueue(store, "transfer-scheduled", e.TransferProjectId, new ProtoEvents.TransferScheduled
                {
                    TransferProjectId = e.TransferProjectId.ToString(), Transferor = Body(e.TransferorCode),
                    Transferee = Body(e.TransfereeCode), TransferDate = e.TransferDate.ToProtoDate(),
                    EliDueBy = e.EliDueOn.ToProtoDate(), OccurredAt = now,
                });
                break;
            case ConsultationOpened e:
                Enqueue(store, "consultation-opened", e.TransferProjectId, new ProtoEvents.ConsultationOpened
                {
                    TransferProjectId = e.TransferProjectId.ToString(), OpenedOn = e.OpenedOn.ToProtoDate(),
                    OccurredAt = now,
                });
                break;
            case ConsultationClosed e:
                Enqueue(store, "consultation-closed", e.TransferProjectId, new ProtoEvents.ConsultationClosed
                {
                    TransferProjectId = e.TransferProjectId.ToString(), ClosedOn = e.ClosedOn.ToProtoDate(),
                    OccurredAt = now,
                });
                break;
            case EliProvided e:
                Enqueue(store, "eli-provided", e.TransferProjectId,
                    new ProtoEvents.EmployeeLiabilityInformationProvided
                    {
                        TransferProjectId = e.TransferProjectId.ToString(), ProvidedOn = e.ProvidedOn.ToProtoDate(),
                        DueBy = e.DueOn.ToProtoDate(), Late = e.Late, OccurredAt = now,
                    });
                break;
            case DeadlineNoticeRaised e:
                PublishNotice(store, e, now);
                break;
            case EmployeeTransferred e:
                Enqueue(store, "employee-transferred", e.TransferProjectId, new ProtoEvents.EmployeeTransferred
                {
                    TransferProjectId = e.TransferProjectId.ToString(),
                    Person = new Common.PersonRef { Pseudonym = e.Reference },
                    Transferor = Body(e.FromEmployerCode), Transferee = Body(e.ToEmployerCode),
                    TransferDate = e.On.ToProtoDate(), ContinuousServiceStart = e.ContinuousServiceStart.ToProtoDate(),
                    OccurredAt = now,
                });
                break;
            case StaffingForecastChanged e:
                Enqueue(store, "staffing-forecast-changed", e.ForecastId, new ProtoEvents.StaffingForecastChanged
                {
                    ForecastId = e.ForecastId.ToString(),
                    FinancialYear = new Common.FinancialYear { StartYear = e.Year.StartYear },
                    NetStaffing = e.Subtotal.ToProtoMoney(), BudgetLineCode = e.FundingLine?.BudgetLineCode ?? "",
                    FundId = e.FundingLine?.FundId.ToString() ?? "", OccurredAt = now,
                });
                break;
        }
    }

    /// <summary>
    /// The ELI deadline approaching or due is "ELI due"; missed is "ELI overdue". raised_on and flagged_on are the
    /// business day the deadline worker raised the notice; occurred_at the instant it was saved.
    /// </summary>
    private static void PublishNotice(DbContext store, DeadlineNoticeRaised e, Timestamp now)
    {
        if (e.Kind != DeadlineKind.EliDue) return;
        if (e.State == DeadlineState.Missed)
            Enqueue(store, "eli-overdue", e.TransferProjectId, new ProtoEvents.EmployeeLiabilityInformationOverdue
            {
                TransferProjectId = e.TransferProjectId.ToString(), DueBy = e.DueOn.ToProtoDate(),
                FlaggedOn = e.RaisedOn.ToProtoDate(), OccurredAt = now,
            });
        else
            Enqueue(store, "eli-due", e.TransferProjectId, new ProtoEvents.EmployeeLiabilityInformationDue
            {
                TransferProjectId = e.TransferProjectId.ToString(), DueBy = e.DueOn.ToProtoDate(),
                TransferDate = e.TransferDate.ToProtoDate(), RaisedOn = e.RaisedOn.ToProtoDate(), OccurredAt = now,
            });
    }

    private static Common.OrganisationRef Body(string code) => new() { Code = code };

    private static void Enqueue(DbContext store, string name, Guid subject, IMessage payload) =>
        store.Outbox().Enqueue($"{Source}.{name}", $"commissioning.{Source}.{name}.v1", subject.ToString(), payload);
}
