using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Commissioning.Domain;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>
/// A service's OpenAPI document as partners read it (and as the gateway merges it): every schema
/// named after the service ("ContractsProvider", "PooledFinanceFund") so no other service's schema
/// of the same name can replace it, the tags declared once with what each is for, JSON types the
/// bounded converters hide, the examples the main operations carry, and the rules its problems name.
/// </summary>
public static class PartnerOpenApi
{
    /// <param name="schemaPrefix">The service's name in its schema names, "Contracts" or "PooledFinance".</param>
    /// <param name="title">The document's title ("Commissioning contracts API").</param>
    /// <param name="description">What the service does for a partner, and how it answers errors.</param>
    /// <param name="tags">Every tag its operations use, with what a partner does there.</param>
    /// <param name="ruleSources">The service's assemblies that declare its rules (its domain and API).</param>
    public static IServiceCollection AddPartnerOpenApi(this IServiceCollection services, string schemaPrefix,
        string title, string description, IReadOnlyList<PartnerTag> tags, params Assembly[] ruleSources) =>
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
            var rules = RuleCatalog.In([typeof(Rule).Assembly, .. ruleSources]);
            o.AddDocumentTransformer((document, _, _) => Describe(document, info, tags));
            o.AddDocumentTransformer((document, _, _) => DescribeProblems(document, schemaPrefix, rules));
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

    /// <summary>
    /// The problem schema's <c>type</c> says it names the broken rule, and <c>x-rules</c> lists every rule the
    /// service (or any service: the general ones) can answer with: its type, title and status.
    /// </summary>
    private static Task DescribeProblems(OpenApiDocument document, string prefix,
        IReadOnlyList<(string Declaration, Rule Rule)> rules)
    {
        IOpenApiSchema? found = null, property = null;
        if (document.Components?.Schemas?.TryGetValue(prefix + "ProblemDetails", out found) != true
            || found is not OpenApiSchema problem || problem.Properties?.TryGetValue("type", out property) != true
            || property is not OpenApiSchema type) return Task.CompletedTask;
        type.Description = "The rule the request broke, `/problems/{name}`: one of `x-rules`, whose title the "
            + "problem's title is.";
        problem.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        problem.Extensions["x-rules"] = new JsonNodeExtension(new JsonArray([.. rules.Select(r => new JsonObject
        {
            ["type"] = r.Rule.ProblemType,
            ["title"] = r.Rule.Says,
            ["status"] = ProblemStatus.Of(r.Rule.Kind),
        })]));
        return Task.CompletedTask;
    }
}
