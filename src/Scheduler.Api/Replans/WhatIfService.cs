using Scheduler.Api.Plans;
using Scheduler.Api.Records;
using Scheduler.Data.Stores;
using Scheduler.Domain.WhatIfs;
using Scheduler.Solver.Replanning;

namespace Scheduler.Api.Replans;

/// <summary>
/// Answers what-ifs about a run in the request (docs/replanning.md, "What-if"): the change applied to a copy of the run's
/// year, replanned from the month after its last recorded one (or the what-if's <c>from</c>) by
/// <see cref="WhatIfReplanner"/> — a small work limit and a wall-clock safety — and compared with the run's plan. Nothing is
/// stored. One what-if at a time per service (CPU-bound); a second waits at most <see cref="Wait"/>, then is told to retry.
/// </summary>
public sealed class WhatIfService(RunCache cache, SolveRunStore runs, RunRecords records, ILogger<WhatIfService> logger)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<WhatIfAnswer> AskAsync(long id, WhatIf whatIf, string who, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(id, cancellationToken) is not { } run)
        {
            var stored = await runs.GetAsync(id, cancellationToken);
            return new(null, [], stored is null ? $"no solve run {id}" : $"solve run {id} is {stored.State} and has no plan");
        }
        var current = await records.CurrentAsync(run, cancellationToken);
        var replanFrom = (await runs.GetAsync(id, cancellationToken))?.ReplanFrom;
        double? rate = null;
        var months = await run.MonthsAsync(cancellationToken);
        if (whatIf is { Kind: WhatIfKinds.Capacity, TeamDays: not null, Month: >= 1 and <= 12 })
            rate = TeamDayRate.Of(run.Instance, run.Plan, months.GetValueOrDefault(whatIf.Month.Value), whatIf.Department);
        if (!await _gate.WaitAsync(Wait, cancellationToken)) return new(null, [], Busy: true);
        WhatIfOutcome outcome;
        IReadOnlyList<WhatIfPlace> places = [];
        var teamsClock = new System.Diagnostics.Stopwatch();
        try
        {
            outcome = WhatIfReplanner.Answer(run.Instance, run.Plan, current, replanFrom, whatIf, rate, seed: 1, cancellationToken);
            if (outcome.Replan?.Plan is { } answered)
            {
                teamsClock.Start();
                places = WhatIfTeams.Place(outcome.Change.Changed!, run.Plan, answered, outcome.Change.From, months, seed: 1, cancellationToken);
                teamsClock.Stop();
            }
        }
        finally
        {
            _gate.Release();
        }
        if (outcome.Replan?.Plan is not { } plan) return new(null, outcome.Problems);

        var replan = outcome.Replan;
        var changed = outcome.Change.Changed!;
        var diff = PlanDiff.Compare(id, id, outcome.Change.From, run.Instance, run.Plan, changed, plan, replan.Touched, null);
        var figures = new WhatIfFigures(run.Plan.Visits.Count, plan.Visits.Count, run.Plan.Unassigned.Count, plan.Unassigned.Count,
            replan.Touched.Count, Math.Round(replan.Elapsed.TotalMilliseconds, 1), Math.Round(teamsClock.Elapsed.TotalMilliseconds, 1));
        var needId = whatIf.Kind == WhatIfKinds.Need ? changed.Needs[^1].Id : null;
        logger.LogInformation("What-if {Kind} on run {Run} by {Who}: {Before} -> {After} visits in {Ms} ms", whatIf.Kind, id, who,
            figures.VisitsBefore, figures.VisitsAfter, figures.Milliseconds);
        return new(new WhatIfView(id, whatIf.Kind!, outcome.Change.From, needId, rate, figures, diff, places), []);
    }
}
