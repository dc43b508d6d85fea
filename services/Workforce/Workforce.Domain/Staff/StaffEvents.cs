using Commissioning.Domain;
using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Staff;

/// <summary>A record moved to the transferee (A §4 EmployeeTransferred); it names the person only by
/// reference.</summary>
public sealed record EmployeeTransferred(Guid StaffRecordId, string Reference, Guid TransferProjectId,
    string FromEmployerCode, string ToEmployerCode, DateOnly On, Fte Fte, DateOnly ContinuousServiceStart,
    string TermsReference, PensionScheme PensionScheme) : IDomainEvent;
