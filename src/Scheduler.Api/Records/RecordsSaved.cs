namespace Scheduler.Api.Records;

/// <summary>An upload of records stored: the run, the new version, how many records it carried and the month it reports through.</summary>
public sealed record RecordsSaved(long Run, int Version, int Records, int ThroughMonth);
