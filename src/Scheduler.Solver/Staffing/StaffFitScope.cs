namespace Scheduler.Solver.Staffing;

/// <summary>
/// What a <see cref="StaffFit"/> may change. A year planned from scratch may change every month of every enterprise
/// (<see cref="Year"/>); a replan (docs/replanning.md) may not touch its history and frozen month, prefers the enterprises
/// the replan already re-planned, and among changes costing the same visits takes the one moving fewest checks.
/// </summary>
/// <param name="FixedThrough">Months 1..this are fixed: their visits are neither changed nor given checks, no check moves into them (0: none).</param>
/// <param name="Preferred">Enterprises changed first in a cell (before those whose visits the months left out); null: none.</param>
/// <param name="CountMoves">Rank changes of equal visit cost by the checks they take out of their month (the replan's change cost).</param>
/// <param name="OnlyPreferred">Change no enterprise but the preferred ones (a replan's first phase: what no change touched stays).</param>
internal sealed record StaffFitScope(int FixedThrough, IReadOnlySet<int>? Preferred, bool CountMoves, bool OnlyPreferred = false)
{
    public static StaffFitScope Year { get; } = new(0, null, false);

    /// <summary>Whether the fit may change enterprise <paramref name="e"/>.</summary>
    public bool May(int e) => !OnlyPreferred || Preferred is { } preferred && preferred.Contains(e);

    public bool Fixed(int month) => month <= FixedThrough;
}
