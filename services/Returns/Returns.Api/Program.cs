using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Returns.Api.Apis;
using Returns.Api.Deadlines;
using Returns.Api.Events;
using Returns.Api.Extracts;
using Returns.Api.Grpc;
using Returns.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReturnsStore.Source);
builder.AddServiceStore<ReturnsStore>(ReturnsStore.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<ReturnsStore>(o => o.Source = ReturnsStore.Source);
builder.Services.AddCommissioningGrpc(CommissioningServices.Returns);
builder.Services.AddReturnsOpenApi();
builder.Services.AddCommissioningPolicies(ReturnsPolicies.All);
builder.Services.AddCarePackagesPeople(builder.Configuration);
builder.Services.AddPooledFinancePositions(builder.Configuration);
builder.Services.AddSingleton<DueDateWorker>();
builder.Services.AddHostedService(s => s.GetRequiredService<DueDateWorker>());

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<ReturnsStore>();
app.MapReturnsApi();
app.MapReadModelsApi();
app.MapGrpcService<ReturnsGrpc>();
app.MapGrpcReflectionService().AllowAnonymous();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapCarePackageSubscriptions(ReturnsStore.DeadLetters);
app.MapPooledFinanceSubscriptions(ReturnsStore.DeadLetters);
app.MapDeadLetters<ReturnsStore>(ReturnsStore.DeadLetters).RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<ReturnsStore>();

public partial class Program;
