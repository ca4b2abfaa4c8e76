namespace Scheduler.Data.Audit;

/// <summary>"replan requested": the new run, its year, the run it replaces and its first re-planned month.</summary>
internal sealed record ReplanRequestedDetail(long Run, int Year, long Replaces, int From) : AuditDetail;
