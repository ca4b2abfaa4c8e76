namespace Scheduler.Data.Audit;

/// <summary>"rules file uploaded": the upload's id, file name, size in bytes and how many of its cells did not read.</summary>
internal sealed record RulesFileDetail(int Year, string Department, long Upload, string File, int Bytes, int Errors) : AuditDetail;
