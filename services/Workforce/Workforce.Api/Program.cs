using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Workforce.Api.Apis;
using Workforce.Api.Deadlines;
using Workforce.Api.Events;
using Workforce.Api.Grpc;
using Workforce.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(WorkforceEvents.Source);
builder.AddServiceStore<WorkforceStore>(WorkforceEvents.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<WorkforceStore>(o => o.Source = WorkforceEvents.Source);
builder.Services.AddCommissioningGrpc(CommissioningServices.Workforce);
builder.Services.AddWorkforceOpenApi();
builder.Services.AddCommissioningPolicies(WorkforcePolicies.All);
builder.Services.AddSingleton<TransferDeadlineWorker>();
builder.Services.AddHostedService(s => s.GetRequiredService<TransferDeadlineWorker>());

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<WorkforceStore>();
app.MapEmployersApi().MapEstablishmentsApi();
app.MapStaffRecordsApi();
app.MapPostsApi();
app.MapTransferProjectsApi();
app.MapStaffingForecastsApi();
app.MapGrpcService<WorkforceGrpc>();
app.MapGrpcReflectionService().AllowAnonymous();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapDeadLetters<WorkforceStore>(WorkforceEvents.DeadLetters).RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<WorkforceStore>();

public partial class Program;
