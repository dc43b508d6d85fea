using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.ServiceDefaults;

internal static class StrictJson
{
    /// <summary>
    /// Partner payloads are read strictly: an unknown or repeated field is an error (a typo must not
    /// silently drop a value, and of two values for one field neither is the partner's clear intent),
    /// numbers are numbers, enums are their names, values stay within <see cref="PartnerInputLimits"/>,
    /// a list holds no null (<see cref="NoNullElements"/>) and a choice of kinds is named
    /// (<see cref="UnnamedChoices"/>).
    /// Binding failures are thrown so the problem handler can name the field at fault.
    /// </summary>
    public static void AddStrictJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.AllowDuplicateProperties = false;
            PartnerInputLimits.Add(o.SerializerOptions);
            var resolver = o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
            o.SerializerOptions.TypeInfoResolver = resolver
                .WithAddedModifier(NoNullElements.RefuseNullElements)
                .WithAddedModifier(UnnamedChoices.RefuseUnnamed);
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }
}
