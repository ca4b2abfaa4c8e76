namespace Scheduler.Data.Tenancy;

/// <summary>A county a cancel stopped: its Hangfire job (to delete, when it was still queued) and its solve run (to cancel, when it had one).</summary>
public sealed record ProvinceCountyStop(string Code, string PreviousState, string? JobId, long? SolveRun);
