namespace Scheduler.Data.Audit;

/// <summary>"draw stored": the year, the draw's id and version, and its seed.</summary>
internal sealed record DrawStoredDetail(int Year, long Draw, int Version, long Seed) : AuditDetail;
