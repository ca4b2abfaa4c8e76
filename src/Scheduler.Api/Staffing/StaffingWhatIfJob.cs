using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.Options;
using Scheduler.Api.Hosting;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>
/// Runs one staffing what-if (<see cref="StaffingWhatIf"/>): the run's year as stored is the staff as it stands; each
/// change's year (officers or a joint weekday) is the better of that year merged further with it and the year planned
/// again with the run's seed and work, and the rows are stored after each (the page shows them as they come). A suggested
/// what-if then tries its follow-ups (<see cref="StaffingWhatIf.FollowUps"/>), and one with a goal its steps toward it
/// (<see cref="StaffingGoal.Next"/>), rows marked followUp. A cancel request (read from the database, so from any server) stops it after the staffs planned so far,
/// which are kept. Re-entrant like a solve: a what-if already final is left alone.
/// </summary>
public sealed class StaffingWhatIfJob(StaffingWhatIfStore whatIfs, SolveRunStore runs, RunCache cache, IOptions<SchedulerOptions> options, ILogger<StaffingWhatIfJob> logger)
{
    private static readonly TimeSpan CancelPoll = TimeSpan.FromMilliseconds(500);

    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(string? county, long id, CancellationToken shutdown)
    {
        using var scope = CountyScope.Use(county);
        var whatIf = await whatIfs.StartAsync(id, shutdown);
        if (whatIf is null)
        {
            logger.LogInformation("Staffing what-if {WhatIf} is final or unknown; nothing to do", id);
            return;
        }
        using var cancelled = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancelled.Token, shutdown);
        var watcher = CancelWatch.RunAsync(t => whatIfs.IsCancelRequestedAsync(id, t), cancelled, CancelPoll, logger, $"Staffing what-if {id}", stop.Token);
        var rows = new List<StaffingRow>();
        try
        {
            var run = await runs.GetAsync(whatIf.Run, shutdown) ?? throw new InvalidOperationException($"solve run {whatIf.Run} is gone");
            var stored = await cache.GetAsync(run, shutdown) ?? throw new InvalidOperationException($"solve run {run.Id} has no plan that reads back");
            var instance = stored.Instance;
            var plan = stored.Plan;
            var months = (await stored.MonthsAsync(shutdown)).OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();
            var figures = JsonSerializer.Deserialize(run.FiguresJson ?? "null", ApiJsonContext.Default.RunFigures)
                          ?? throw new InvalidOperationException($"solve run {run.Id} has no figures");
            var current = new StaffingAlternative
            {
                Officers = instance.Inspectors.Count, Year = YearOf(figures), Departments = figures.Departments ?? [],
            };
            var alternatives = new List<StaffingAlternative> { current };
            rows.Add(StaffingRow.Of(current));
            await whatIfs.SaveRowsAsync(id, Rows(rows), shutdown);

            // The first change's year solves the plan that ignores the staff; the others start from it (officers, postings and
            // joint weekdays do not change it, so their years are the same as solved afresh).
            Scheduler.Solver.PlanResult? unconstrained = null;
            var annual = RunOptions.Annual(options.Value, run.Settings);
            var month = RunOptions.Month(options.Value, run.Settings);
            foreach (var text in whatIf.Additions)
            {
                if (stop.IsCancellationRequested) break;
                var change = StaffingChange.Parse(text, out _) ?? throw new InvalidOperationException($"stored change '{text}' does not read");
                var alternative = StaffingWhatIf.With(instance, current, plan, months, change, annual, month, null, stop.Token, unconstrained);
                if (stop.IsCancellationRequested) break; // a year cut short is not a staff's answer
                unconstrained ??= alternative.Unconstrained;
                alternatives.Add(alternative);
                rows.Add(StaffingRow.Of(alternative));
                await whatIfs.SaveRowsAsync(id, Rows(rows), shutdown);
            }
            // Suggested: the best change (and the best with a joint weekday), when it still leaves visits out, with a team each
            // of the departments they wait for.
            async Task<bool> TryAsync(IReadOnlyList<StaffingChange> changes)
            {
                foreach (var next in changes)
                {
                    if (stop.IsCancellationRequested) return false;
                    var followUp = StaffingWhatIf.With(instance, current, plan, months, next, annual, month, null, stop.Token, unconstrained) with { FollowUp = true };
                    unconstrained ??= followUp.Unconstrained;
                    if (stop.IsCancellationRequested) return false;
                    alternatives.Add(followUp);
                    rows.Add(StaffingRow.Of(followUp));
                    await whatIfs.SaveRowsAsync(id, Rows(rows), shutdown);
                }
                return true;
            }
            var going = !whatIf.Suggested || await TryAsync(StaffingWhatIf.FollowUps(alternatives));
            // Toward the goal: the best change so far with the posted officers county-wide or one team more, a step at a time.
            var goal = whatIf.GoalPercent is { } percent ? StaffingGoal.OfPercent(percent, out _) : null;
            for (int step = 0; going && goal is not null && step < StaffingGoal.MaxSteps; step++)
            {
                var next = goal.Next(alternatives, instance);
                if (next.Count == 0) break;
                going = await TryAsync(next);
            }
            if (shutdown.IsCancellationRequested && !cancelled.IsCancellationRequested) throw new OperationCanceledException(shutdown);
            var state = cancelled.IsCancellationRequested ? SolveStates.Cancelled : SolveStates.Succeeded;
            await whatIfs.CompleteAsync(id, state, Rows(rows), null, CancellationToken.None);
            logger.LogInformation("Staffing what-if {WhatIf} {State}: {Rows} staffs", id, state, rows.Count);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested && !cancelled.IsCancellationRequested)
        {
            throw; // the server is stopping: Hangfire requeues the job
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Staffing what-if {WhatIf} failed", id);
            await whatIfs.CompleteAsync(id, SolveStates.Failed, Rows(rows), e.Message, CancellationToken.None);
        }
        finally
        {
            await stop.CancelAsync();
            await watcher;
        }
    }

    /// <summary>The stored run's year as the staff as it stands.</summary>
    private static YearFigures YearOf(RunFigures f) => new()
    {
        Unassigned = f.Unassigned,
        Unscheduled = f.Unscheduled ?? 0,
        Visits = f.Visits,
        PerEnterpriseBound = f.PerEnterpriseBound,
        OfficerDays = f.OfficerDays ?? 0,
        TravelHours = f.TravelHours ?? 0,
        BusiestOfficer = f.BusiestOfficer,
        BusiestOfficerDays = f.BusiestOfficerDays ?? 0,
    };

    private static string Rows(List<StaffingRow> rows) => JsonSerializer.Serialize(rows, ApiJsonContext.Default.ListStaffingRow);
}
