using System.Text.Json;

namespace Scheduler.Api.Endpoints;

/// <summary>A solve run: state (queued, running, succeeded, failed, cancelled), progress, figures, and where its results are.</summary>
public sealed record SolveView(long Id, int Year, string State, JsonElement? Progress, JsonElement? Figures, string? Error,
    bool CancelRequested, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Plan, IReadOnlyList<string> Months);
