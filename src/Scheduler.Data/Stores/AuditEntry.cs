namespace Scheduler.Data.Stores;

/// <summary>One attributed write: who (a token's identity such as "office#1"), what, details as JSON, and when.</summary>
public sealed record AuditEntry(string Who, string What, string? DetailJson, DateTimeOffset At);
