namespace Scheduler.Data.Audit;

/// <summary>"solve cancel requested": the run.</summary>
internal sealed record RunDetail(long Run) : AuditDetail;
