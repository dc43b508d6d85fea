using Commissioning.ServiceDefaults.OpenApi;

namespace Returns.Api.Apis;

/// <summary>The tags of the statutory returns document, declared once (the document transformer lists them).</summary>
public static class ReturnsTags
{
    public static readonly PartnerTag Returns = new("Statutory returns",
        "A council's returns and their lifecycle: a period opened, rows collected from the platform's events, "
        + "validated, signed off and submitted by the council's returns officer with the artefact's SHA-256, and "
        + "resubmitted as a new version with its reason and a diff.");
    public static readonly PartnerTag ReadModels = new("Read models",
        "Operations: the read models built from the events the service keeps, rebuilt from them on demand.");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } = [Returns, ReadModels, DeadLetters];
}
