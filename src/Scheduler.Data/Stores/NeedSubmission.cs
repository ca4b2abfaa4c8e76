namespace Scheduler.Data.Stores;

/// <summary>One version of one department's needs for a year; <paramref name="NeedsJson"/> is the spec's needs array.</summary>
public sealed record NeedSubmission(int Year, string Department, int Version, string SubmittedBy, DateTimeOffset SubmittedAt, string NeedsJson);
