using Marten;

namespace TKSK.Cases.Access;

/// <summary>
/// The audit trail of every event: Marten's user name holds the actor's id and its correlation id
/// the request's; these event headers hold the actor's name and role (UU PDP: processing is recorded).
/// </summary>
public static class AuditHeaders
{
    public const string ActorName = "actor-name", ActorRole = "actor-role";

    /// <summary>Every event and document this session writes records <paramref name="actor"/>.</summary>
    public static void Stamp(this IDocumentSession session, Actor actor)
    {
        session.LastModifiedBy = actor.Id;
        session.SetHeader(ActorName, actor.Name);
        session.SetHeader(ActorRole, Actor.Code(actor.Role));
    }
}
