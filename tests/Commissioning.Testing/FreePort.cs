using System.Net;
using System.Net.Sockets;

namespace Commissioning.Testing;

public static class FreePort
{
    private const int First = 20_000, Last = 31_999, SliceSize = 500;
    private static readonly int SliceStart = First + Environment.ProcessId % ((Last - First + 1) / SliceSize) * SliceSize;

    /// <summary>
    /// A loopback TCP port nobody is listening on right now, below Linux's ephemeral range (32768-60999). A port
    /// the kernel hands out for port 0 comes from that range, the same one every outgoing connection of the
    /// parallel test runs takes its local port from, so between picking it and binding it a client socket could
    /// take it; ports below the range are only ever taken by someone binding them. Each test process draws from
    /// its own slice of 500 ports (chosen by its process id), so two suites running side by side cannot both pick
    /// a port before either binds it; the platform the end-to-end tests start listens below 20000.
    /// </summary>
    public static int Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = SliceStart + Random.Shared.Next(SliceSize);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // Someone listens there already: draw again.
            }
        }
    }

    /// <summary>Waits until something accepts connections on the port, or fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilListening(int port, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"Nothing listened on port {port} within {timeout}. {diagnostics?.Invoke()}", e);
            }
        }
    }
}
