namespace Scheduler.Api.Endpoints;

/// <summary>
/// A solve run: state, progress (while it runs), figures (once it has a plan), where its results are, and how many times
/// a job started it (more than 1 after a server died mid-solve).
/// </summary>
public sealed record SolveView(long Id, int Year, SolveState State, RunProgressReport? Progress, RunFigures? Figures, string? Error,
    bool CancelRequested, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Plan, IReadOnlyList<string> Months, int Attempts);
