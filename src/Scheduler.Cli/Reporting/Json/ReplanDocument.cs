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
    IReadOnlyDictionary<string, string> Plans);
