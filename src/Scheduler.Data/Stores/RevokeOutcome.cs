namespace Scheduler.Data.Stores;

/// <summary>What <see cref="TokenStore.RevokeAsync"/> did.</summary>
public enum RevokeOutcome
{
    /// <summary>The token is revoked now (and audited).</summary>
    Revoked,

    /// <summary>It was revoked before; nothing changed.</summary>
    AlreadyRevoked,

    /// <summary>No token has this id.</summary>
    NotFound,

    /// <summary>Refused: it is the office's last active token, and the office would lock itself out.</summary>
    LastOfficeToken,
}
