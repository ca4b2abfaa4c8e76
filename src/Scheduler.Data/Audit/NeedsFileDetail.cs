namespace Scheduler.Data.Audit;

/// <summary>"needs file uploaded": the upload's id, file name and size in bytes.</summary>
internal sealed record NeedsFileDetail(int Year, string Department, long Upload, string File, int Bytes) : AuditDetail;
