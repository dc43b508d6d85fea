using Commissioning.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Persistence;

/// <summary>
/// Runs after authorisation and before the endpoint binds its body: works out the caller's tenancies,
/// then answers 404 for any id in the path that names a record of another tenancy, in the same words
/// as for an id that names nothing, so that neither its existence nor the shape of a refused body leaks.
/// </summary>
public static class TenancyGate
{
    public static WebApplication UseTenancy<TContext>(this WebApplication app) where TContext : CommissioningDbContext
    {
        app.Use(async (context, next) =>
        {
            // Health, documentation and event deliveries are open to no caller's data: nothing to gate.
            var endpoint = context.GetEndpoint();
            if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                await next(context);
                return;
            }
            var store = context.RequestServices.GetRequiredService<TContext>();
            await store.EnterTenancyAsync(context.RequestAborted);
            foreach (var (field, value) in context.Request.RouteValues)
                if (value is string text && Guid.TryParse(text, out var id)
                    && await store.OtherTenancyTypeOf(id, context.RequestAborted) is { } type)
                    throw RuleViolation.NotFound(field, $"There is no {Describe(type)} {id}.");
            await next(context);
        });
        return app;
    }

    private static string Describe(string type) => Aggregates<AggregateRoot>.Describe(type);
}
