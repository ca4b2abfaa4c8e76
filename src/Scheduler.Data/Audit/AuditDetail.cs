namespace Scheduler.Data.Audit;

/// <summary>
/// The detail of one audit row (audit.detail, jsonb): a small typed record per kind of write, serialised by its runtime
/// type through <see cref="AuditJson"/> with camelCase keys (the keys queries read, e.g. <c>detail ->> 'run'</c>).
/// </summary>
internal abstract record AuditDetail;
