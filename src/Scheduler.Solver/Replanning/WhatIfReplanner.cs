using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Domain.WhatIfs;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// Answers a <see cref="WhatIf"/> in the caller's time (a request, the bench): the change applied to a copy of the year
/// (<see cref="WhatIfChanges"/>), then the <see cref="Replanner"/> from the what-if's first month on with a small work
/// limit and a wall-clock safety, so one answer stays well under a second or two however large the county. Nothing is
/// stored; the same inputs and seed give the same answer unless the safety cuts a solve short.
/// </summary>
public static class WhatIfReplanner
{
    /// <summary>Deterministic seconds of CP-SAT the whole answer may use.</summary>
    public const double Work = 1.0;

    /// <summary>The wall-clock safety: past it, enterprises not yet re-planned keep only what the repair gives them.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public static PlannerOptions Options(int seed) => new() { Work = Work, TimeLimit = TimeLimit, Seed = seed, Workers = 1 };

    /// <param name="records">The run's current records (null when none): history before the what-if's first month.</param>
    /// <param name="replanFrom">When the plan is itself a replan: its first month (the months before it are history too).</param>
    /// <param name="visitsPerTeamDay">See <see cref="WhatIfChanges.Apply"/>.</param>
    public static WhatIfOutcome Answer(Instance instance, AnnualPlan plan, RecordSet? records, int? replanFrom, WhatIf whatIf, double? visitsPerTeamDay, int seed,
        CancellationToken cancellationToken = default)
    {
        var change = WhatIfChanges.Apply(instance, plan, whatIf, Math.Max(records?.ThroughMonth ?? 0, (replanFrom ?? 1) - 1), visitsPerTeamDay);
        if (change.Changed is null) return new WhatIfOutcome(change, null);
        var used = records?.Records.Count > 0 ? records : null;
        return new WhatIfOutcome(change, Replanner.Replan(change.Changed, plan, change.From, used, Options(seed), cancellationToken));
    }
}
