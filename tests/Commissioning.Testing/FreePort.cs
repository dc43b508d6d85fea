using System.Net;
using System.Net.Sockets;

namespace Commissioning.Testing;

public static class FreePort
{
    private const int First = 20_000, Last = 31_999, SliceSize = 500;
    private static readonly Lazy<(int Start, FileStream Claim)> Slice = new(ClaimSlice);
    private static int _handedOut = -1;

    /// <summary>
    /// A loopback TCP port nobody is listening on right now, below Linux's ephemeral range (32768-60999). A port
    /// the kernel hands out for port 0 comes from that range, the same one every outgoing connection of the
    /// parallel test runs takes its local port from, so between picking it and binding it a client socket could
    /// take it; ports below the range are only ever taken by someone binding them. Two more races are closed:
    /// each test process claims a slice of 500 ports of its own (an exclusive lock on a file, released when the
    /// process ends), so two suites running side by side never pick the same port; and within a process the
    /// ports are handed out in turn, never the same one twice, so two tests of one suite cannot both pick a port
    /// before either binds it. The platform the end-to-end tests start listens below 20000.
    /// </summary>
    public static int Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Slice.Value.Start + Interlocked.Increment(ref _handedOut) % SliceSize;
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < SliceSize)
            {
                // Someone listens there already (a server of this suite still running): take the next.
            }
        }
    }

    private static (int, FileStream) ClaimSlice()
    {
        var folder = Path.Combine("/tmp", "commissioning-port-slices");
        Directory.CreateDirectory(folder);
        var slices = (Last - First + 1) / SliceSize;
        var first = Environment.ProcessId % slices;
        for (var i = 0; i < slices; i++)
        {
            var slice = (first + i) % slices;
            try
            {
                var claim = new FileStream(Path.Combine(folder, $"slice-{slice}.lock"), FileMode.OpenOrCreate,
                    FileAccess.ReadWrite, FileShare.None);
                return (First + slice * SliceSize, claim);
            }
            catch (IOException)
            {
                // Another test process holds this slice: try the next.
            }
        }
        throw new InvalidOperationException($"All {slices} port slices are claimed by other test processes.");
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
