using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Contracts.Api.Apis;
using Contracts.Api.Events;
using Contracts.Api.Grpc;
using Contracts.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ContractsEvents.Source);
builder.AddServiceStore<ContractsStore>(ContractsEvents.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<ContractsStore>(o => o.Source = ContractsEvents.Source);
builder.Services.AddCommissioningGrpc(CommissioningServices.Contracts);
builder.Services.AddContractsOpenApi();
builder.Services.AddCommissioningPolicies(ContractsPolicies.All);
builder.AddDueDiligenceSignatories();
builder.Services.AddPooledFinanceAgreements(builder.Configuration);

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<ContractsStore>();
app.MapProvidersApi();
app.MapFrameworksApi();
app.MapDueDiligenceApi();
app.MapContractsApi();
app.MapMonitoringApi();
app.MapRateCardsApi();
app.MapBrokerageApi();
app.MapGrpcService<ContractsGrpc>();
app.MapGrpcReflectionService().AllowAnonymous();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapDeadLetters<ContractsStore>(DeadLetterTopic.Of(ContractsEvents.Source))
    .RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<ContractsStore>();

public partial class Program;
