using Scalar.AspNetCore;

namespace Commissioning.Gateway.Documentation;

/// <summary>
/// The API reference page partners read at /docs: Scalar over the merged OpenAPI document, anonymous
/// like the document itself. Scalar's script is served from the package and its web fonts are
/// switched off, so the page loads with nothing beyond the gateway (the bearer scheme comes from the
/// merged document).
/// </summary>
public static class ApiReference
{
    public const string Path = "/docs";

    public static void MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, options => options
                .WithTitle("Commissioning API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts())
            .AllowAnonymous();
}
