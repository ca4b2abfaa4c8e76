namespace Scheduler.Data.Audit;

/// <summary>"token issued" / "token revoked": the token's id, role and department (null, written as null, for an office token).</summary>
internal sealed record TokenDetail(long Id, string Role, string? Department) : AuditDetail;
