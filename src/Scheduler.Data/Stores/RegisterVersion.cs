namespace Scheduler.Data.Stores;

/// <summary>One saved version (1, 2, ...) of a year's register: who saved it and when. The newest is the current one.</summary>
public sealed record RegisterVersion(int Year, int Version, string SavedBy, DateTimeOffset SavedAt);
