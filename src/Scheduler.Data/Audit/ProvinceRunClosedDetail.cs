namespace Scheduler.Data.Audit;

/// <summary>"province run closed": the run and the state its closing step gave it (written exactly once per close).</summary>
internal sealed record ProvinceRunClosedDetail(long Run, string State) : AuditDetail;
