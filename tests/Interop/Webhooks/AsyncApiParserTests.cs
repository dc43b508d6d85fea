extern alias NotificationsService;
using Commissioning.Testing;
using NotificationsService::Notifications.Api.AsyncApi;
using Notifications.Domain.Visibility;
using Xunit.Abstractions;
using Xunit;

namespace Interop.Tests.Webhooks;

/// <summary>
/// The AsyncAPI document the notifications service serves is valid for the official parser (`@asyncapi/parser`
/// from npm, issue 19 "Must show"): no error, and the parser finds one channel, send operation and message per
/// event type the visibility table names. Its other diagnostics are written out.
/// </summary>
public sealed class AsyncApiParserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_served_document_is_valid_for_the_official_parser()
    {
        await using var service = new ServiceUnderTest<NotificationsService::Program>();
        using var anonymous = service.CreateClient();
        var document = await anonymous.GetStringAsync(ProviderEventsDocument.Path);

        var parsed = await WebhookPeers.ParseAsyncApi(document);

        output.WriteLine($"{parsed.GetProperty("errors")} errors, {parsed.GetProperty("warnings")} warnings, "
            + $"{parsed.GetProperty("infos")} infos, {parsed.GetProperty("hints")} hints");
        foreach (var diagnostic in parsed.GetProperty("diagnostics").EnumerateArray())
            output.WriteLine(diagnostic.ToString());
        Assert.True(parsed.GetProperty("valid").GetBoolean(), parsed.GetProperty("diagnostics").ToString());
        Assert.Equal(0, parsed.GetProperty("errors").GetInt32());
        Assert.Equal("3.0.0", parsed.GetProperty("version").GetString());
        var types = ProviderVisibility.EventTypes.Order().ToList();
        Assert.Equal(types, parsed.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.Equal(types, parsed.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).Order());
        Assert.All(parsed.GetProperty("operations").EnumerateArray(),
            o => Assert.Equal("send", o.GetProperty("action").GetString()));
    }
}
