using Workforce.Domain.SeedWork;

namespace Workforce.Domain.Transfers;

public enum TransferProjectStatus
{
    Planning,
    Transferred,
}

/// <summary>What the transfer is made under: a Section 75 agreement or a contract of the contracts service.</summary>
public enum ArrangementKind
{
    Section75Agreement,
    Contract,
}

/// <summary>The s75 agreement or contract the transfer serves (A §3.7 L746: the s75 delegation to CWP).</summary>
public sealed record LinkedArrangement(ArrangementKind Kind, Guid Id);

/// <summary>Where transferring staff's pensions go (A §4.3 L805-809).</summary>
public enum PensionRoute
{
    /// <summary>Staff stay in the LGPS; the transferee joins as an admitted body (A §4.3 L809, the default).</summary>
    LgpsAdmittedBody,
    /// <summary>Staff join the NHS Pension Scheme (A §4.3 L805 "NHSPS").</summary>
    NhsPensionScheme,
}

/// <summary>Who is consulted (reg. 13(3)): a recognised trade union, or elected employee representatives.</summary>
public enum RepresentativeKind
{
    RecognisedTradeUnion,
    ElectedRepresentatives,
}

public sealed record AppropriateRepresentative(RepresentativeKind Kind, string Name);

public sealed record AssignedEmployee(Guid StaffRecordId, string Reference, string TeamName, Fte Fte,
    DateOnly? ObjectedOn)
{
    public bool Objected => ObjectedOn is not null;
}

/// <summary>Vacant FTE of a transferor's team that transfers as vacancies (A §1.15 L379).</summary>
public sealed record AssignedVacancy(string TeamName, Fte Fte);

public sealed record DueDiligence(DateOnly CommissionedOn, DateOnly? CompletedOn);

public sealed record ActuarialValuation(string Reference, DateOnly ReceivedOn);

public sealed record PensionDecision(PensionRoute Route, DateOnly DecidedOn);

/// <summary>The transferee's measures letter (reg. 13(4)); no measures is a statement too.</summary>
public sealed record MeasuresLetter(DateOnly ReceivedOn, string? Measures)
{
    public bool EnvisagesMeasures => Measures is not null;
}

public sealed record Consultation(DateOnly OpenedOn, DateOnly? ClosedOn,
    IReadOnlyList<AppropriateRepresentative> Representatives);

/// <summary>The planned window (A §5.10.5 L1078: "around December 2017 to January 2018").</summary>
public sealed record ConsultationPlan(DateOnly OpensBy, DateOnly ClosesBy);

/// <summary>Employee Liability Information as provided to the transferee (reg. 11), with its version.</summary>
public sealed record EliProvision(DateOnly FirstProvidedOn, DateOnly LastProvidedOn, int Version, string? LateReason);

public sealed record ContingencyPlan(string Reference, DateOnly ApprovedOn);
