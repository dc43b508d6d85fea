using Commissioning.Grpc;
using Xunit;

namespace Grpc.Tests;

public sealed class ProtocolEncodingTests
{
    [Theory]
    [InlineData("100m", 100)]
    [InlineData("2S", 2000)]
    [InlineData("1M", 60_000)]
    [InlineData("1H", 3_600_000)]
    [InlineData("5000u", 5)]
    [InlineData("99999999n", 99)]
    public void Grpc_timeout_units_are_read(string header, double milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(milliseconds, Math.Floor(timeout.TotalMilliseconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("123456789m")]
    [InlineData("10x")]
    [InlineData("-5m")]
    public void A_malformed_grpc_timeout_is_not_a_deadline(string header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Fact]
    public void Timeouts_too_long_for_eight_digits_of_milliseconds_are_sent_in_seconds()
    {
        Assert.Equal("250m", GrpcTimeout.Format(TimeSpan.FromMilliseconds(250)));
        Assert.Equal("200000S", GrpcTimeout.Format(TimeSpan.FromSeconds(200_000)));
    }

    [Fact]
    public void Status_messages_are_percent_encoded_UTF8_and_decode_back()
    {
        const string message = "Headroom is £2.5m; 100% used";

        var encoded = StatusHeaders.EncodeMessage(message);

        Assert.Equal("Headroom is %C2%A32.5m; 100%25 used", encoded);
        Assert.Equal(message, StatusHeaders.DecodeMessage(encoded));
    }

    [Fact]
    public void Status_details_travel_as_unpadded_base64_and_padded_input_is_read_too()
    {
        var details = new Google.Rpc.Status { Code = 3, Message = "bad" };

        var encoded = StatusHeaders.EncodeDetails(details);

        Assert.DoesNotContain('=', encoded);
        Assert.Equal(details, StatusHeaders.DecodeDetails(encoded));
        Assert.Equal(details, StatusHeaders.DecodeDetails(Convert.ToBase64String(Google.Protobuf.MessageExtensions.ToByteArray(details))));
    }
}
