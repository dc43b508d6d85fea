namespace Commissioning.Eventing.DeadLetters;

/// <summary>
/// The one spelling of a service's dead-letter topic, "&lt;source&gt;.dead-letters", where its subscriptions send
/// what they cannot apply and its <see cref="DeadLetterEndpoints.MapDeadLetters{TContext}"/> keeps it for an
/// operator. The charts' declarative subscriptions spell it the same way.
/// </summary>
public static class DeadLetterTopic
{
    public static string Of(string source) => $"{source}.dead-letters";
}
