namespace Scheduler.Data.Stores;

/// <summary>
/// One upload of a run's visit records: <paramref name="RecordsJson"/> is a records.json as received (validated);
/// <paramref name="Department"/> the department that sent it, null for the office.
/// </summary>
public sealed record RecordVersion(long Run, int Version, string? Department, string SubmittedBy, DateTimeOffset SubmittedAt, string RecordsJson);
