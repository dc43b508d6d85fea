namespace Returns.Domain.Returns;

/// <summary>
/// The lifecycle (DOMAIN.md L112-114; issue 18 cap. 7): period open → collecting → validated → signed
/// off → submitted. A resubmission starts the next version at collecting.
/// </summary>
public enum ReturnStatus { Open, Collecting, Validated, SignedOff, Submitted }
