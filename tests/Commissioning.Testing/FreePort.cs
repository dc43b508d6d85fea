using System.Net;
using System.Net.Sockets;

namespace Commissioning.Testing;

public static class FreePort
{
    /// <summary>A loopback TCP port nobody is listening on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
