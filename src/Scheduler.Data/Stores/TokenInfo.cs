namespace Scheduler.Data.Stores;

/// <summary>A token as the office lists it: whom it is for, who issued and who revoked it. Never its hash.</summary>
public sealed record TokenInfo
{
    public required long Id { get; init; }

    /// <summary>office or department (<see cref="TokenIdentity.Office"/>, <see cref="TokenIdentity.DepartmentRole"/>).</summary>
    public required string Role { get; init; }

    /// <summary>The department's id; null for an office token.</summary>
    public string? Department { get; init; }

    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? RevokedBy { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>When it last signed a request in (to the minute); null when never since it was recorded.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public bool Revoked => RevokedAt is not null;

    /// <summary>The name audit rows carry for it: "office#1", "SCJG#3".</summary>
    public string Who => $"{Department ?? TokenIdentity.Office}#{Id}";
}
