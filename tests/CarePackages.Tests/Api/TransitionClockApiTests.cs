using System.Net.Http.Json;
using CarePackages.Api.Deadlines;
using Commissioning.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// The transition clock on the service's own clock (issue 16 item 14, A §5.19.3 L1255): Ash, born 10 May 2000 and
/// referred to children's services on 3 April 2018, is raised as approaching transition (a year ahead, so on the
/// first sweep), then due on 10 May 2018, each once, as care-packages.transition-due-state-reached for the council
/// and on the referral's view; an adult's referral raises nothing.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class TransitionClockApiTests(Partners partners) : CareServiceTest(partners)
{
    private readonly DayClock _clock = new() { Today = new DateOnly(2018, 4, 3) };

    protected override void Replace(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    private TransitionWorker Worker => Service.Services.GetRequiredService<TransitionWorker>();

    [Fact]
    public async Task A_childs_transition_is_raised_ahead_of_the_18th_birthday_and_on_it_once_each()
    {
        var ash = await Referred("9434765870", "2000-05-10");
        await Referred("943 476 5919", "1980-05-17");
        await Worker.SweepAsync();
        Assert.Equal(0, await Worker.SweepAsync());
        _clock.Today = new DateOnly(2018, 5, 10);
        Assert.Equal(1, await Worker.SweepAsync());

        var told = await Staged("transition-due-state-reached");
        Assert.Equal(["approaching", "due-today"], told.Select(e => e.GetProperty("state").GetString()));
        Assert.All(told, e => Assert.Equal((Id(ash).ToString(), Council), (e.GetProperty("referralId").GetString(),
            e.GetProperty("council").GetProperty("code").GetString())));
        var view = await Read(await Journey.Commissioner.GetAsync($"/api/v1/referrals/{Id(ash)}"));
        Assert.Equal([("approaching", "2018-04-03"), ("due-today", "2018-05-10")],
            view.GetProperty("transitionNotices").EnumerateArray().Select(n =>
                (n.GetProperty("state").GetString(), n.GetProperty("raisedOn").GetString())));
    }

    private async Task<System.Text.Json.JsonElement> Referred(string nhsNumber, string dateOfBirth)
    {
        var person = await Journey.Register(nhsNumber, dateOfBirth);
        return await Read(await Journey.Commissioner.PostAsJsonAsync("/api/v1/referrals",
            new { personId = Id(person), routeOfAccess = "community-or-other", receivedOn = "2018-04-03" }));
    }
}
