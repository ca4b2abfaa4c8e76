namespace Scheduler.Data.Audit;

/// <summary>"register saved": the year and the version it became.</summary>
internal sealed record RegisterSavedDetail(int Year, int Version) : AuditDetail;
