namespace Scheduler.Data.Audit;

/// <summary>"targets set" (platform audit): the year and the targets as set.</summary>
internal sealed record TargetsSetDetail(int Year, double JointRate, double ChecksCut, DateOnly? NeedsDeadline) : AuditDetail;
