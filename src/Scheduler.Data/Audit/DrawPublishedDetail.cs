namespace Scheduler.Data.Audit;

/// <summary>"draw published": the draw.</summary>
internal sealed record DrawPublishedDetail(long Draw) : AuditDetail;
