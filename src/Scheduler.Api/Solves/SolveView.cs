namespace Scheduler.Api.Solves;

/// <summary>
/// A solve run: state, progress (while it runs), figures (once it has a plan), where its results are, and how many times
/// a job started it (more than 1 after a server died mid-solve); and what decides its plan besides the instance: seed, work
/// budget and staff mode (a re-run with them reproduces the plan unless the figures say a time limit cut it).
/// </summary>
/// <param name="Seed">The random seed of the annual and monthly planners.</param>
/// <param name="Work">The annual solve's deterministic work budget (CP-SAT deterministic seconds, counted rounds).</param>
/// <param name="Staff">fit (the year the county's officers can carry out) or ignore (staff ignored).</param>
/// <param name="Replaces">For a replan: the run whose plan it replaces (null for a solve).</param>
/// <param name="ReplanFrom">For a replan: the first month it re-planned; earlier months are history.</param>
/// <param name="Diff">For a replan: where its difference against the run it replaces is, once it has a plan.</param>
/// <param name="Draw">For a solve from a published draw: the draw's id (its needs are the draw's "{rule}:{enterprise}").</param>
public sealed record SolveView(long Id, int Year, SolveState State, RunProgressReport? Progress, RunFigures? Figures, string? Error,
    bool CancelRequested, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Plan, IReadOnlyList<string> Months, int Attempts,
    int Seed, double Work, string Staff, long? Replaces = null, int? ReplanFrom = null, string? Diff = null, long? Draw = null);
