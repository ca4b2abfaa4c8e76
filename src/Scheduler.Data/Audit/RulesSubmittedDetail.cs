namespace Scheduler.Data.Audit;

/// <summary>"rules submitted": the department's new version of its sampling rules and how many rules it has.</summary>
internal sealed record RulesSubmittedDetail(int Year, string Department, int Version, int Rules) : AuditDetail;
