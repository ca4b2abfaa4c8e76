namespace Scheduler.Data.Audit;

/// <summary>"needs submitted": the department's new version and how many needs it has.</summary>
internal sealed record NeedsSubmittedDetail(int Year, string Department, int Version, int Needs) : AuditDetail;
