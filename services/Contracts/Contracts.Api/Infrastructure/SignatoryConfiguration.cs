using Contracts.Domain.DueDiligence;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// Each commissioner's due-diligence signatory, from the <c>DueDiligence:Signatories</c> section (organisation
/// code → post). appsettings.json names Wirral's Director for Adult Care and Health, who holds the delegated
/// authority for due diligence (B §1.1 L198, B L136), and Plymouth's Strategic Director for People (P:L817).
/// </summary>
public static class SignatoryConfiguration
{
    public static void AddDueDiligenceSignatories(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(new DueDiligenceSignatories(
            builder.Configuration.GetSection("DueDiligence:Signatories").Get<Dictionary<string, string>>() ?? []));
}
