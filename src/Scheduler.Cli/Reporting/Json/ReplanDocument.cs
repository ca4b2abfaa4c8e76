namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// replan.json of `scheduler bench --replan` (bench/README.md, Replanning): the scenario, the replan's figures beside
/// the changed year planned from scratch, and the files written next to it.
/// </summary>
/// <param name="ScratchVisits">The yardstick: the changed year planned from scratch after the same history (every enterprise re-planned
/// from <c>from</c> on, month <c>from</c> included, the previous plan not preferred).</param>
/// <param name="YearVisits">The changed year planned as if nothing had happened yet (the optimized planner, history ignored): a reference no
/// replan can reach, since history is fixed.</param>
/// <param name="KeptShare">Of the previous plan's visits after the frozen month at enterprises no change touches (no need added
/// or withdrawn, no visit not done), the share the replan keeps in the same month with the same needs.</param>
internal sealed record ReplanDocument(
    string Instance,
    int From,
    int Seed,
    double NotDoneShare,
    double AddShare,
    double WithdrawShare,
    double ReplanSeconds,
    double KeptShare,
    int UntouchedVisits,
    int KeptVisits,
    int Visits,
    int ScratchVisits,
    int Unassigned,
    int ScratchUnassigned,
    int YearVisits,
    int YearUnassigned,
    int? Unscheduled,
    int NotDoneVisits,
    int NeedsAdded,
    int NeedsWithdrawn,
    int EnterprisesReplanned,
    int Solves,
    double PlanSeconds,
    double ScratchSeconds,
    double YearSeconds,
    bool Valid,
    IReadOnlyDictionary<string, string> Plans)
{
    /// <summary>fit: the year, the replan and the scratch fitted to the county's officers (the default); ignore: to the capacities alone.</summary>
    public string Staff { get; init; } = "ignore";

    /// <summary>With the staff fitted: what the scratch's months (from <c>from</c> on) leave unscheduled, beside <see cref="Unscheduled"/>.</summary>
    public int? ScratchUnscheduled { get; init; }

    /// <summary>With the staff fitted: what the published year's own months from <c>from</c> on left unscheduled (the staffed year's level).</summary>
    public int? PlanUnscheduled { get; init; }

    /// <summary>Visits of the published year.</summary>
    public int PlanVisits { get; init; }

    /// <summary>Of <see cref="ReplanSeconds"/> (the whole replan): reading the history and re-planning the touched enterprises, before the staff fit.</summary>
    public double ReplanAnnualSeconds { get; init; }

    /// <summary>Of <see cref="ReplanSeconds"/>: the chosen year's months planned in order with every step (the rest is the staffing rounds).</summary>
    public double ReplanMonthsSeconds { get; init; }

    /// <summary>Visits the months left out after each staffing round of the replan.</summary>
    public IReadOnlyList<int> StaffRounds { get; init; } = [];

    /// <summary>Enterprises no change touched that the staff fit changed.</summary>
    public int Refitted { get; init; }

    /// <summary>Occurrences the replan placed by making room in full capacity cells, and the enterprises it re-planned for that.</summary>
    public int RoomPlaced { get; init; }

    public int RoomMade { get; init; }

    /// <summary>Of <see cref="RoomMade"/>, the enterprises whose published visit of the frozen month gave up a department's check for it.</summary>
    public int RoomFrozen { get; init; }

    /// <summary>Published visits of the frozen month moved to a later month to place a check no other change could hold.</summary>
    public int FrozenMoved { get; init; }

    /// <summary>The folder (beside replan.json) of the replan's months from <c>from</c> on, month-MM.json; null when not planned.</summary>
    public string? ReplanMonths { get; init; }

    /// <summary>The folder (beside replan.json) of the published year's months, month-MM.json (`replan --published`); null when not planned.</summary>
    public string? PlanMonths { get; init; }

    /// <summary>Of the published visits after <c>from</c> at enterprises no change touches, the share the replan's months
    /// make with the same officers (the same team); null when either year's months were not planned.</summary>
    public double? KeptTeamShare { get; init; }

    /// <summary>Whether the replan's months (from <c>from</c> on) pass the monthly checker; null when not planned.</summary>
    public bool? MonthsValid { get; init; }
}
