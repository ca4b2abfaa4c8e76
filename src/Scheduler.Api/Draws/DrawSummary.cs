using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>
/// One draw of the year without its record: <paramref name="Status"/> is <c>published</c> (public, never changes) or
/// <c>drawn</c> (stored, not yet published); <paramref name="Strata"/> and <paramref name="Selected"/> count the record's
/// strata and drawn places (an enterprise drawn by two rules counts twice).
/// </summary>
public sealed record DrawSummary(long Id, int Year, int Version, long Seed, string Mode, string Status, string? Reason, int RegisterVersion,
    string DrawnBy, DateTimeOffset DrawnAt, bool Published, string? PublishedBy, DateTimeOffset? PublishedAt, int Strata, int Selected)
{
    public const string StatusPublished = "published";
    public const string StatusDrawn = "drawn";

    public static DrawSummary Of(StoredDraw d)
    {
        var record = DrawJson.ReadRecord(d.RecordJson).Value ?? new DrawRecord();
        return new(d.Id, d.Year, d.Version, d.Seed, d.Mode, d.Published ? StatusPublished : StatusDrawn, d.Reason, d.RegisterVersion, d.DrawnBy,
            d.DrawnAt, d.Published, d.PublishedBy, d.PublishedAt, record.Strata.Count, record.Strata.Sum(s => s.SampleSize));
    }
}
