namespace Eventing.TestApps;

/// <summary>
/// The test event. <see cref="Behaviour"/> tells the subscriber how to react: "apply", "reject" (permanently
/// invalid), "flaky:N" (transient failure on the first N deliveries), "poison" (always transient), "hold:&lt;instance&gt;"
/// (block on that instance until its process or sidecar dies).
/// </summary>
public sealed record TestEvent(int Number, string Behaviour = "apply");
