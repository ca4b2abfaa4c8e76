namespace Scheduler.Data.Stores;

/// <summary>
/// A stored draw: the year's version <paramref name="Version"/>, drawn with <paramref name="Seed"/> and
/// <paramref name="Mode"/> from register version <paramref name="RegisterVersion"/> and the merged rules.json
/// <paramref name="RulesJson"/>; <paramref name="RecordJson"/> is the draw record (draw.json). Published when
/// <paramref name="PublishedAt"/> is set; then it never changes.
/// </summary>
public sealed record StoredDraw(long Id, int Year, int Version, long Seed, string Mode, string? Reason, int RegisterVersion,
    string RulesJson, string RecordJson, string DrawnBy, DateTimeOffset DrawnAt, string? PublishedBy, DateTimeOffset? PublishedAt)
{
    public bool Published => PublishedAt is not null;
}
