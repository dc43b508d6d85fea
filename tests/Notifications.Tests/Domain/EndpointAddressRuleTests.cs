using System.Net;
using Commissioning.Domain;
using Commissioning.Testing;
using Notifications.Domain.Endpoints;
using static Notifications.Tests.Domain.Seeds;

namespace Notifications.Tests.Domain;

public class EndpointAddressRuleTests
{
    private const string Url = "https://rota.example-care.co.uk/hooks";

    [Theory]
    [InlineData("169.254.169.254", AddressClass.Metadata)]
    [InlineData("169.254.10.20", AddressClass.LinkLocal)]
    [InlineData("10.0.0.1", AddressClass.Private)]
    [InlineData("172.16.5.4", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("192.168.1.1", AddressClass.Private)]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("fd00::1", AddressClass.Private)]
    [InlineData("fc00::1", AddressClass.Private)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("::ffff:10.0.0.1", AddressClass.Private)]
    [InlineData("8.8.8.8", AddressClass.Public)]
    [InlineData("172.32.0.1", AddressClass.Public)]
    [InlineData("2001:4860:4860::8888", AddressClass.Public)]
    public void Each_address_has_its_class(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.5.4", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("::1", "loopback")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00::1", "private")]
    [InlineData("0.0.0.0", "unspecified")]
    public void A_host_resolving_to_a_non_public_address_is_refused(string address, string named)
    {
        var violation = Violation(() => EndpointAddressRule.Check(Url, [IPAddress.Parse(address)], false));

        Assert.Equal(("url", EndpointRules.PublicAddressOnly), violation.Named());
        Assert.Contains(address, violation.Message);
        Assert.Contains(named, violation.Message);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.1/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[::1]:8443/hooks")]
    [InlineData("https://localhost/hooks")]
    [InlineData("https://api.localhost/hooks")]
    public void An_address_written_in_the_url_is_judged_whatever_dns_said(string url) =>
        Assert.Equal("url",
            Violation(() => EndpointAddressRule.Check(url, [IPAddress.Parse("8.8.8.8")], false)).Field);

    [Fact]
    public void A_public_address_is_accepted()
    {
        var address = EndpointAddressRule.Check(Url, [IPAddress.Parse("8.8.8.8")], allowLoopback: false);

        Assert.Equal(Url, address.ToString());
    }

    [Fact]
    public void One_private_address_among_public_ones_refuses_the_url() =>
        Violation(() => EndpointAddressRule.Check(Url,
            [IPAddress.Parse("8.8.8.8"), IPAddress.Parse("192.168.1.1")], false));

    [Theory]
    [InlineData("rota.example-care.co.uk/hooks")]
    [InlineData("/hooks")]
    [InlineData("ftp://rota.example-care.co.uk/hooks")]
    [InlineData("")]
    public void The_url_is_absolute_http_or_https(string url) =>
        Assert.Contains("absolute http or https",
            Violation(() => EndpointAddressRule.Check(url, [IPAddress.Parse("8.8.8.8")], true)).Message);

    [Fact]
    public void Plain_http_is_refused_unless_loopback_is_allowed()
    {
        const string http = "http://rota.example-care.co.uk/hooks";
        Assert.Contains("https", Violation(() => EndpointAddressRule.Check(http, [IPAddress.Parse("8.8.8.8")],
            false)).Message);
        Assert.Equal(http, EndpointAddressRule.Check(http, [IPAddress.Parse("8.8.8.8")], true).ToString());
    }

    [Fact]
    public void The_local_run_flag_allows_loopback_and_nothing_else()
    {
        Assert.Equal("http://127.0.0.1:5099/hooks",
            EndpointAddressRule.Check("http://127.0.0.1:5099/hooks", [], allowLoopback: true).ToString());
        EndpointAddressRule.Check("http://localhost:5099/hooks", [IPAddress.IPv6Loopback], allowLoopback: true);
        EndpointAddressRule.Check("http://[::1]:5099/hooks", [], allowLoopback: true);
        foreach (var other in new[] { "10.0.0.1", "169.254.169.254", "fd00::1", "fe80::1" })
            Violation(() => EndpointAddressRule.Check(Url, [IPAddress.Parse(other)], allowLoopback: true));
    }

    [Fact]
    public void A_host_that_resolved_to_nothing_is_refused() =>
        Assert.Contains("no address", Violation(() => EndpointAddressRule.Check(Url, [], false)).Message);

    [Fact]
    public void Credentials_in_the_url_are_refused() =>
        Assert.Contains("password", Violation(() => EndpointAddressRule.Check(
            "https://user:pw@rota.example-care.co.uk/hooks", [IPAddress.Parse("8.8.8.8")], false)).Message);
}
