using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Grpc;
using Commissioning.Protos;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using PooledFinance.Api.Apis;
using PooledFinance.Api.Events;
using PooledFinance.Api.Grpc;
using PooledFinance.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(FinanceEvents.Source);
builder.AddServiceStore<PooledFinanceStore>(FinanceEvents.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<PooledFinanceStore>(o => o.Source = FinanceEvents.Source);
builder.Services.AddCommissioningGrpc(CommissioningServices.Finance);
builder.Services.AddPooledFinanceOpenApi();

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<PooledFinanceStore>();
app.MapPartnershipsApi();
app.MapAgreementsApi();
app.MapFundsApi();
app.MapLedgerApi();
app.MapContributionsApi();
app.MapDebtsApi();
app.MapReportsApi();
app.MapVariancesApi();
app.MapOverspendForecastsApi();
app.MapSettlementsApi();
app.MapSavingsPlansApi();
app.MapPoolPlansApi();
app.MapPotTablesApi();
app.MapBetterCarePlansApi();
app.MapGrpcService<FinanceGrpc>();
app.MapGrpcReflectionService().AllowAnonymous();
app.MapGrpcHealthChecksService().AllowAnonymous();
app.MapCommitmentSubscription(FinanceEvents.DeadLetters);
app.MapContractCommitmentSubscription(FinanceEvents.DeadLetters);
app.MapStaffingCommitmentSubscription(FinanceEvents.DeadLetters);
app.MapOverspendSubscription(FinanceEvents.DeadLetters);
app.MapDeadLetters<PooledFinanceStore>(FinanceEvents.DeadLetters).RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<PooledFinanceStore>();

public partial class Program;
