namespace Scheduler.Api.Draws;

/// <summary>A year's draws, newest first.</summary>
public sealed record DrawList(int Year, IReadOnlyList<DrawSummary> Draws);
