namespace Commissioning.Testing;

/// <summary>
/// One host is built at a time in a test process. WebApplicationFactory finds the service's host by listening to
/// every host the process builds (HostFactoryResolver's DiagnosticListener), so a receiver's or a backend's host
/// built meanwhile in a parallel test could be taken for the service's ("Addresses cannot be modified after the
/// server has started"). <see cref="ServiceUnderTest{TProgram}"/> and <see cref="Backend"/> build under this.
/// </summary>
internal static class HostStarts
{
    public static readonly SemaphoreSlim One = new(1, 1);
}
