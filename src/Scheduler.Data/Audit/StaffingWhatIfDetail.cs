namespace Scheduler.Data.Audit;

/// <summary>"staffing what-if requested" / "staffing what-if cancel requested": the what-if, its run and the additions asked.</summary>
internal sealed record StaffingWhatIfDetail(long WhatIf, long Run, IReadOnlyList<string> Additions) : AuditDetail;
