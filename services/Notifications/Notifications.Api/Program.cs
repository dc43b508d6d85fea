using Commissioning.Eventing;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Notifications.Api.Apis;
using Notifications.Api.AsyncApi;
using Notifications.Api.Delivering;
using Notifications.Api.Events;
using Notifications.Api.Infrastructure;
using Notifications.Api.Receivers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationsStore.Source);
builder.AddServiceStore<NotificationsStore>(NotificationsStore.Source, (services, db) => db.UseEventing(services));
builder.Services.AddEventing<NotificationsStore>(o => o.Source = NotificationsStore.Source);
builder.Services.AddReceivers();
builder.Services.AddSingleton<FeedRetention>().AddHostedService(s => s.GetRequiredService<FeedRetention>());
builder.Services.AddNotificationsOpenApi();
builder.Services.AddCommissioningPolicies(NotificationsPolicies.All);

var app = builder.Build();
app.MapServiceDefaults();
app.UseTenancy<NotificationsStore>();
app.MapWebhookEndpointsApi();
app.MapDeliveriesApi();
app.MapProviderEventsApi();
app.MapProviderEventSubscriptions(NotificationsStore.DeadLetters);
app.MapProviderEventsDocument();
app.MapDeadLetters<NotificationsStore>(NotificationsStore.DeadLetters).RequireAuthorization(Roles.PlatformAdmin);

await app.MigrateThenRunAsync<NotificationsStore>();

public partial class Program;
