namespace Scheduler.Api.Replans;

/// <summary>An enterprise's changed occurrences, and the changes that caused its re-planning (empty where none is known).</summary>
public sealed record EnterpriseDiff(string Enterprise, string? Name, IReadOnlyList<string> Causes, IReadOnlyList<OccurrenceMove> Moves);
