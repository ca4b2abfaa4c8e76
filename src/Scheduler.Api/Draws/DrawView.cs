using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>A stored draw: its version, seed and mode, who drew and published it, and the draw record (draw.json).</summary>
public sealed record DrawView(long Id, int Year, int Version, long Seed, string Mode, string? Reason, int RegisterVersion,
    string DrawnBy, DateTimeOffset DrawnAt, string? PublishedBy, DateTimeOffset? PublishedAt, bool Published, DrawRecord Record)
{
    public static DrawView Of(StoredDraw d) => new(d.Id, d.Year, d.Version, d.Seed, d.Mode, d.Reason, d.RegisterVersion, d.DrawnBy,
        d.DrawnAt, d.PublishedBy, d.PublishedAt, d.Published, DrawJson.ReadRecord(d.RecordJson).Value ?? new DrawRecord());
}
