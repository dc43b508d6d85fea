using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Contracts.Api.Apis;

/// <summary>
/// The contracts service's OpenAPI document as partners read it (and as the gateway merges it):
/// every schema named "Contracts…" so no other service's schema of the same name can replace it,
/// the tags declared once with what each is for, and the examples the main operations carry.
/// </summary>
public static class ContractsOpenApi
{
    public static IServiceCollection AddContractsOpenApi(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.CreateSchemaReferenceId = SchemaName;
            o.AddDocumentTransformer((document, _, _) => Describe(document));
            o.AddSchemaTransformer((schema, context, _) => PartnerJsonTypes.Declare(schema, context));
            o.AddOperationTransformer((operation, context, _) => OperationExamples.Attach(operation, context));
        });

    /// <summary>"ContractView" is published as "ContractsContract", "NewProvider" as "ContractsNewProvider".</summary>
    private static string? SchemaName(System.Text.Json.Serialization.Metadata.JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } name
            ? "Contracts" + (name.EndsWith("View", StringComparison.Ordinal) ? name[..^"View".Length] : name)
            : null;

    private static Task Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Commissioning contracts API",
            Version = "v1",
            Description = "The provider register, the provider framework, due diligence, contracts from award to end, "
                + "contract monitoring, rate cards and the brokerage query. Errors are RFC 9457 problems naming the "
                + "field.",
            Contact = new OpenApiContact { Name = "Commissioning platform team" },
        };
        // The service is reached through the gateway, which serves every path from its own root.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The gateway (or the service itself)" }];
        document.Tags = new HashSet<OpenApiTag>(
            ContractsTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        return Task.CompletedTask;
    }
}
