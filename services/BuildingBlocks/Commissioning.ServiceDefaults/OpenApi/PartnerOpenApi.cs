using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>
/// A service's OpenAPI document as partners read it (and as the gateway merges it): every schema
/// named after the service ("ContractsProvider", "PooledFinanceFund") so no other service's schema
/// of the same name can replace it, the tags declared once with what each is for, JSON types the
/// bounded converters hide, and the examples the main operations carry.
/// </summary>
public static class PartnerOpenApi
{
    /// <param name="schemaPrefix">The service's name in its schema names, "Contracts" or "PooledFinance".</param>
    /// <param name="title">The document's title ("Commissioning contracts API").</param>
    /// <param name="description">What the service does for a partner, and how it answers errors.</param>
    /// <param name="tags">Every tag its operations use, with what a partner does there.</param>
    public static IServiceCollection AddPartnerOpenApi(this IServiceCollection services, string schemaPrefix,
        string title, string description, IReadOnlyList<PartnerTag> tags) =>
        services.Configure<OpenApiOptions>("v1", o =>
        {
            var info = new OpenApiInfo
            {
                Title = title,
                Version = "v1",
                Description = description,
                Contact = new OpenApiContact { Name = "Commissioning platform team" },
            };
            o.CreateSchemaReferenceId = type => SchemaName(schemaPrefix, type);
            o.AddDocumentTransformer((document, _, _) => Describe(document, info, tags));
            o.AddSchemaTransformer(PartnerJsonTypes.Declare);
            o.AddOperationTransformer((operation, context, _) => OperationExamples.Attach(operation, context));
        });

    /// <summary>With "Contracts": "ContractView" is published as "ContractsContract", "NewProvider" as
    /// "ContractsNewProvider".</summary>
    private static string? SchemaName(string prefix, JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } name
            ? prefix + (name.EndsWith("View", StringComparison.Ordinal) ? name[..^"View".Length] : name)
            : null;

    private static Task Describe(OpenApiDocument document, OpenApiInfo info, IReadOnlyList<PartnerTag> tags)
    {
        document.Info = info;
        // The service is reached through the gateway, which serves every path from its own root.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The gateway (or the service itself)" }];
        document.Tags = new HashSet<OpenApiTag>(
            tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        return Task.CompletedTask;
    }
}
