namespace Scheduler.Data.Audit;

/// <summary>"office token seeded": the token's id.</summary>
internal sealed record TokenSeededDetail(long Id) : AuditDetail;
