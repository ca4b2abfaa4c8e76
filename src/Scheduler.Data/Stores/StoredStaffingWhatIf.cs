namespace Scheduler.Data.Stores;

/// <summary>
/// A stored staffing what-if (staffing_whatifs): a staffed run's year planned again with officers added. States as a
/// solve's (<see cref="SolveStates"/>); <see cref="RowsJson"/> holds each staff's year planned so far, the staff as it
/// stands first.
/// </summary>
public sealed record StoredStaffingWhatIf
{
    public required long Id { get; init; }
    public required long Run { get; init; }
    public required string State { get; init; }

    /// <summary>The additions asked (or suggested), each written DEPT[@TOWNSHIP]:N.</summary>
    public required IReadOnlyList<string> Additions { get; init; }

    public bool Suggested { get; init; }

    /// <summary>The staffing price sought, in percent of the per-enterprise bound, with nothing left out; null: no goal.</summary>
    public double? GoalPercent { get; init; }
    public string? RowsJson { get; init; }
    public string? Error { get; init; }
    public bool CancelRequested { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}
