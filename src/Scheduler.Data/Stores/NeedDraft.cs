namespace Scheduler.Data.Stores;

/// <summary>A department's stored draft for a year; <paramref name="BaseVersion"/> is the submitted version it started from.</summary>
public sealed record NeedDraft(int Year, string Department, int? BaseVersion, IReadOnlyList<NeedDraftRow> Rows, string UpdatedBy,
    DateTimeOffset UpdatedAt);
