namespace Workforce.Domain.Staff;

/// <summary>The pension schemes the documents name (W:658; A §4.3 L805), and a provider's own.</summary>
public enum PensionScheme
{
    /// <summary>The Local Government Pension Scheme, also through an admitted body (A §4.3 L809).</summary>
    LocalGovernmentPensionScheme,
    /// <summary>The NHS Pension Scheme (W:658: "most of Public Health staff").</summary>
    NhsPensionScheme,
    /// <summary>A provider's own scheme, or none; the documents name no other.</summary>
    OtherScheme,
}

/// <summary>Where a record stands on transfer (W §1.5.1: NoTransfer, ProposedTransfer, Transferred).</summary>
public enum TransferStatus
{
    NoTransfer,
    ProposedTransfer,
    Transferred,
    /// <summary>The employee objected and did not transfer; the employment ends on the transfer date (reg.
    /// 4(7)).</summary>
    ObjectedToTransfer,
}

/// <summary>How a member of staff works with the other partner's staff (W:856 "co-located and blended").</summary>
public enum IntegrationStatus
{
    NotIntegrated,
    CoLocated,
    Blended,
}

/// <summary>The kinds of employment case an Employee Liability Information pack discloses (anchors B.10).</summary>
public enum EmploymentCaseKind
{
    Disciplinary,
    Grievance,
    TribunalClaim,
}
