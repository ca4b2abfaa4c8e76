namespace Scheduler.Api.Solves;

/// <summary>A year's solve runs, newest first.</summary>
public sealed record SolvesView(int Year, IReadOnlyList<SolveView> Runs);
