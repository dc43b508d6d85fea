using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Testing.OpenApi;

/// <summary>
/// Where a running service's described API would put a domain type on the wire: a request body or a
/// response of a documented operation, or any property inside one, however deep. Enums are the
/// domain's names for values and may travel; a class or record is the domain object itself, whose
/// private renames would rename the partner's JSON.
/// </summary>
public static class DomainTypesOnTheWire
{
    public static IReadOnlyList<string> Find(IServiceProvider services, params Assembly[] domain)
    {
        var found = new List<string>();
        var groups = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups;
        var described = groups.Items.SelectMany(g => g.Items).ToList();
        // A service that describes nothing would pass vacuously.
        if (described.Count == 0) throw new InvalidOperationException("The service describes no operation.");
        foreach (var api in described)
        {
            var operation = $"{api.HttpMethod} /{api.RelativePath}";
            foreach (var body in api.ParameterDescriptions.Where(p => p.Source == BindingSource.Body))
                Walk(body.Type, domain, $"{operation} request", found, []);
            foreach (var response in api.SupportedResponseTypes.Where(r => r.Type is not null))
                Walk(response.Type!, domain, $"{operation} {response.StatusCode}", found, []);
        }
        return found.Distinct().ToList();
    }

    private static void Walk(Type type, Assembly[] domain, string at, List<string> found, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum || type.IsPrimitive || type == typeof(string) || !seen.Add(type)) return;
        if (domain.Contains(type.Assembly))
        {
            found.Add($"{at}: {type.FullName}");
            return;
        }
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            Walk(argument, domain, at, found, seen);
        if (type.IsArray) Walk(type.GetElementType()!, domain, at, found, seen);
        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            Walk(property.PropertyType, domain, $"{at} {property.Name}", found, seen);
    }
}
