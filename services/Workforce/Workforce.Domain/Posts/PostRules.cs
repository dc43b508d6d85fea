using Commissioning.Domain;

namespace Workforce.Domain.Posts;

/// <summary>The rules a hosted post is created and filled by.</summary>
public static class PostRules
{
    public static readonly Rule PostStated = new("post-stated", ViolationKind.Invalid,
        "A post has a title, more than 0 and at most 1 FTE, and the sectors whose staff may hold it.", "S:57-59");
    public static readonly Rule FilledOnce = new("post-filled-once", ViolationKind.Precondition,
        "A filled post is not filled again.", "S:57-59");
    public static readonly Rule OpenToTheHoldersSector = new("post-open-to-the-holders-sector", ViolationKind.Invalid,
        "A post is held by someone still employed, from a sector it is open to.", "S:57-59 (BR-63)");
    public static readonly Rule FilledWithoutTransfer = new("filled-without-transfer", ViolationKind.Invalid,
        "Someone another employer employs holds the post through an assignment to it, not a transfer.",
        "S:59 (BR-63)");
}
