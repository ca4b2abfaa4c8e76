namespace Scheduler.Api.Solves;

/// <summary>A solve run just queued; <see cref="Location"/> is the run's URL (also the Location header).</summary>
public sealed record SolveAccepted(long Id, SolveState State, string Location);
