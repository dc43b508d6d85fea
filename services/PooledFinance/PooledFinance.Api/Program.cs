using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using PooledFinance.Api.Apis;
using PooledFinance.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pooled-finance");
builder.AddServiceStore<PooledFinanceStore>("pooled-finance");

var app = builder.Build();
app.MapServiceDefaults();
app.MapPartnershipsApi();
app.MapAgreementsApi();

await app.MigrateStoreAsync<PooledFinanceStore>();
await app.RunAsync();

public partial class Program;
