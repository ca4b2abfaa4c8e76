using System.Text.Json;

namespace Scheduler.Api.Endpoints;

/// <summary>
/// A solve run: state (queued, running, succeeded, failed, cancelled), progress, figures, where its results are, and how
/// many times a job started it (more than 1 after a server died mid-solve).
/// </summary>
public sealed record SolveView(long Id, int Year, string State, JsonElement? Progress, JsonElement? Figures, string? Error,
    bool CancelRequested, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Plan, IReadOnlyList<string> Months, int Attempts);
