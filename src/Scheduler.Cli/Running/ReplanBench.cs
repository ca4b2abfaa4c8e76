using System.Diagnostics;
using System.Text.Json;
using Scheduler.Cli.Reporting.Json;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Generator.Changes;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Staffing;
using Scheduler.Cli.Input;

namespace Scheduler.Cli.Running;

/// <summary>
/// The replanning scenario of `scheduler bench --replan`: plan the year, record the months before <c>from</c> as done
/// (a seeded share not done), add and withdraw seeded shares of needs, replan from <c>from</c>, plan the changed year
/// from scratch, and write every file with replan.json.
/// </summary>
internal static class ReplanBench
{
    public const double NotDoneShare = 0.05, AddShare = 0.03, WithdrawShare = 0.02;

    /// <param name="months">Options of the monthly planner: required with <paramref name="fitStaff"/>; with the staff ignored, given
    /// only to plan the replan's months and count what they leave unscheduled.</param>
    /// <param name="fitStaff">Staff mode fit: the year planned by the staffed year planner (as `plan` does by default), the replan
    /// and the scratch fitted to the officers (as `replan` does by default), their months from <paramref name="from"/> on counted.</param>
    public static ReplanDocument Run(Instance instance, int from, int seed, PlannerOptions options, MonthlyPlannerOptions? months, bool fitStaff,
        string folder, Action<string> log, CancellationToken ct)
    {
        if (fitStaff && months is null) throw new ArgumentException("the staff fit plans months: give their options", nameof(months));
        var planner = AnnualPlanners.Create(PlannerKind.Optimized);
        log($"planning the year of {instance.Name} ({instance.Enterprises.Count:N0} enterprises, staff {(fitStaff ? "fit" : "ignored")})");
        PlanResult plan;
        IReadOnlyList<MonthlyPlanResult>? planMonths = null;
        var planClock = Stopwatch.StartNew();
        if (fitStaff)
        {
            var staffed = new StaffedYearPlanner().Plan(instance, options, months!, null, ct);
            (plan, planMonths) = (staffed.Annual, staffed.Months);
        }
        else plan = planner.Plan(instance, options, null, ct);
        double planSeconds = planClock.Elapsed.TotalSeconds;
        var fit = fitStaff ? months : null;
        var published = planMonths?.Select(m => m.Plan).ToList();
        var records = RecordMaker.Mark(null, instance, plan.Plan, 1, from - 1, NotDoneShare, seed, published);
        var changed = YearChanges.Apply(instance, plan.Plan, records, from, AddShare, WithdrawShare, seed);
        log($"replanning from month {from}");
        var clock = Stopwatch.StartNew();
        var replan = Replanner.Replan(changed, plan.Plan, from, records, options, ct, fitStaff: fit, published: published);
        double replanSeconds = clock.Elapsed.TotalSeconds;
        if (replan.Plan is null) throw new InvalidOperationException("the scenario's history does not fit: " + string.Join("; ", replan.Problems.Take(3)));
        log($"replanned in {replanSeconds:0.00} s; planning the changed year from scratch after the history");
        var scratch = Replanner.Replan(changed, plan.Plan, from, records, options, ct, fromScratch: true, fitStaff: fit);
        log($"and as if nothing had happened yet");
        var year = planner.Plan(changed, options, null, ct);

        IReadOnlyList<MonthlyPlanResult>? replanMonths = replan.StaffFitted ? replan.Months : null;
        if (months is not null && replanMonths is null)
        {
            var monthly = new MonthlyPlanner();
            replanMonths = Enumerable.Range(from, 13 - from).Select(m => monthly.Plan(changed, replan.Plan, m, months, null, ct)).ToList();
        }
        int? unscheduled = replanMonths?.Sum(m => m.Figures.Unscheduled);
        int? scratchUnscheduled = scratch.StaffFitted ? scratch.Months.Sum(m => m.Figures.Unscheduled) : null;
        int? planUnscheduled = planMonths?.Where(m => m.Plan.Month >= from).Sum(m => m.Figures.Unscheduled);
        var (untouched, kept) = Kept(instance, changed, plan.Plan, replan.Plan, records, from);
        var files = new Dictionary<string, string>
        {
            ["plan"] = "plan.json", ["records"] = "records.json", ["changed"] = "changed.json",
            ["replan"] = "replan-plan.json", ["scratch"] = "scratch-plan.json", ["year"] = "year-plan.json",
        };
        Directory.CreateDirectory(folder);
        ContractJson.WriteFile(Path.Combine(folder, files["plan"]), ContractJson.Write(plan.Plan));
        ContractJson.WriteFile(Path.Combine(folder, files["records"]), RecordJson.Write(records));
        ContractJson.WriteFile(Path.Combine(folder, files["changed"]), ContractJson.Write(changed));
        ContractJson.WriteFile(Path.Combine(folder, files["replan"]), ContractJson.Write(replan.Plan));
        ContractJson.WriteFile(Path.Combine(folder, files["scratch"]), ContractJson.Write(scratch.Plan!));
        ContractJson.WriteFile(Path.Combine(folder, files["year"]), ContractJson.Write(year.Plan));
        const string monthsFolder = "replan-months", planMonthsFolder = "plan-months";
        if (published is not null) MonthFiles.WriteAll(Path.Combine(folder, planMonthsFolder), published);
        if (replanMonths is not null) MonthFiles.WriteAll(Path.Combine(folder, monthsFolder), replanMonths.Select(m => m.Plan));
        var oldIds = instance.Needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var doc = new ReplanDocument(instance.Name, from, seed, NotDoneShare, AddShare, WithdrawShare,
            Math.Round(replanSeconds, 3), untouched == 0 ? 1 : Math.Round((double)kept / untouched, 4), untouched, kept,
            replan.Figures!.Visits, scratch.Figures!.Visits, replan.Figures.Unassigned, scratch.Figures.Unassigned,
            year.Figures.Visits, year.Figures.Unassigned, unscheduled,
            replan.NotDoneVisits, changed.Needs.Count(n => !oldIds.Contains(n.Id)), Withdrawn(instance, changed),
            replan.Touched.Count, replan.Solves, Math.Round(planSeconds, 2), Math.Round(scratch.Elapsed.TotalSeconds, 2),
            Math.Round(year.Elapsed.TotalSeconds, 2),
            PlanChecker.Check(changed, replan.Plan).Valid, files)
        {
            Staff = fitStaff ? "fit" : "ignore",
            ScratchUnscheduled = scratchUnscheduled,
            PlanUnscheduled = planUnscheduled,
            PlanVisits = plan.Figures.Visits,
            ReplanAnnualSeconds = Math.Round(replan.AnnualElapsed.TotalSeconds, 3),
            ReplanMonthsSeconds = Math.Round(replan.MonthsElapsed.TotalSeconds, 3),
            StaffRounds = replan.StaffRounds.Select(r => r.Unscheduled).ToList(),
            Refitted = replan.Refitted,
            RoomPlaced = replan.RoomPlaced,
            RoomMade = replan.RoomMade,
            RoomFrozen = replan.RoomFrozen,
            FrozenMoved = replan.FrozenMoved,
            ReplanMonths = replanMonths is null ? null : monthsFolder,
            PlanMonths = published is null ? null : planMonthsFolder,
            KeptTeamShare = published is null || replanMonths is null ? null
                : KeptTeams(instance, changed, plan.Plan, records, from, published, replanMonths.Select(m => m.Plan)),
            MonthsValid = replanMonths is null ? null
                : MonthlyPlanChecker.Check(changed, replan.Plan, replanMonths.Select(m => m.Plan).ToList()).Valid,
        };
        ContractJson.WriteFile(Path.Combine(folder, "replan.json"), JsonSerializer.Serialize(doc, CliJsonContext.Default.ReplanDocument));
        return doc;
    }

    /// <summary>Needs withdrawn: removed, or cut to the occurrences already done.</summary>
    private static int Withdrawn(Instance before, Instance after)
    {
        var now = after.Needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return before.Needs.Count(n => !now.TryGetValue(n.Id, out var m) || m.TimesPerYear < n.TimesPerYear);
    }

    /// <summary>Of the published visits after <paramref name="from"/> at enterprises no change touches, the share made by the same officers in the replan's months.</summary>
    private static double KeptTeams(Instance before, Instance after, AnnualPlan plan, RecordSet records, int from,
        IEnumerable<MonthlyPlan> published, IEnumerable<MonthlyPlan> replanned)
    {
        var touched = Touched(before, after, plan, records);
        var enterprise = plan.Visits.ToDictionary(v => v.Id, v => v.Enterprise, StringComparer.Ordinal);
        static Dictionary<string, string> Teams(IEnumerable<MonthlyPlan> months, int from) => months.Where(m => m.Month > from)
            .SelectMany(m => m.TeamDays.SelectMany(td => td.Visits.Select(v => (v, Team: td.Team()))))
            .ToDictionary(p => p.v, p => p.Team, StringComparer.Ordinal);
        var before_ = Teams(published, from);
        var after_ = Teams(replanned, from);
        var untouched = before_.Where(kv => enterprise.TryGetValue(kv.Key, out var e) && !touched.Contains(e)).ToList();
        return untouched.Count == 0 ? 1 : Math.Round((double)untouched.Count(kv => after_.GetValueOrDefault(kv.Key) == kv.Value) / untouched.Count, 4);
    }

    /// <summary>Enterprises a change touches: a need added, changed or withdrawn, or a history visit not done.</summary>
    private static HashSet<string> Touched(Instance before, Instance after, AnnualPlan plan, RecordSet records)
    {
        var was = before.Needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in after.Needs) if (!was.TryGetValue(n.Id, out var old) || old != n) touched.Add(n.Enterprise);
        var now = after.Needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var n in before.Needs) if (!now.Contains(n.Id)) touched.Add(n.Enterprise);
        var notDone = records.Records.Where(r => !r.IsDone).Select(r => r.Visit).ToHashSet(StringComparer.Ordinal);
        foreach (var v in plan.Visits) if (notDone.Contains(v.Id)) touched.Add(v.Enterprise);
        return touched;
    }

    /// <summary>Visits after <paramref name="from"/> at enterprises no change touches, and how many the replan keeps with the same month and needs.</summary>
    private static (int Untouched, int Kept) Kept(Instance before, Instance after, AnnualPlan plan, AnnualPlan replan, RecordSet records, int from)
    {
        var touched = Touched(before, after, plan, records);

        static string Key(Visit v) => $"{v.Enterprise}|{v.Month}|{string.Join(",", v.Tasks.Select(t => t.Need).Order(StringComparer.Ordinal))}";
        var after_ = replan.Visits.Select(Key).ToHashSet(StringComparer.Ordinal);
        var untouched = plan.Visits.Where(v => v.Month > from && !touched.Contains(v.Enterprise)).ToList();
        return (untouched.Count, untouched.Count(v => after_.Contains(Key(v))));
    }
}
