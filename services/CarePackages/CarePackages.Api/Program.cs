using CarePackages.Api.Apis;
using CarePackages.Api.Deadlines;
using CarePackages.Api.Events;
using CarePackages.Api.Grpc;
using CarePackages.Api.Infrastructure;
using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(CarePackagesEvents.Source);
builder.AddServiceStore<CarePackagesStore>(CarePackagesEvents.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<CarePackagesStore>(o => o.Source = CarePackagesEvents.Source);
builder.Services.AddCarePackagesRules();
builder.Services.AddCommissioningGrpc(CommissioningServices.CarePackages);
builder.Services.AddPartnerServices(builder.Configuration);
builder.Services.AddCarePackagesOpenApi();
builder.Services.AddCommissioningPolicies(CarePackagesPolicies.All);
builder.Services.AddSingleton<TransitionWorker>();
builder.Services.AddHostedService(s => s.GetRequiredService<TransitionWorker>());

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<CarePackagesStore>();
app.MapPeopleApi();
app.MapAssessmentsApi();
app.MapSupportPlansApi();
app.MapVerificationApi();
app.MapBrokerageApi();
app.MapPackagesApi();
app.MapSafeguardingApi();
app.MapGrpcService<CarePackagesGrpc>();
app.MapProviderSuspensionSubscription(CarePackagesEvents.DeadLetters);
app.MapGrpcReflectionService().AllowAnonymous();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapDeadLetters<CarePackagesStore>(CarePackagesEvents.DeadLetters).RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<CarePackagesStore>();

public partial class Program;
