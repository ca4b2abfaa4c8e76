namespace Scheduler.Data.Audit;

/// <summary>"province run started", "province run cancelled", "province run rerun": the run, its year and the counties concerned.</summary>
internal sealed record ProvinceRunDetail(long Run, int Year, IReadOnlyList<string> Counties) : AuditDetail;
