namespace Scheduler.Data.Audit;

/// <summary>"county created" (platform audit): the county's code and name.</summary>
internal sealed record CountyCreatedDetail(string Code, string Name) : AuditDetail;
