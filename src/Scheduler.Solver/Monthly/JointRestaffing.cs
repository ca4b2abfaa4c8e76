using System.Globalization;
using Google.OrTools.Sat;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The step after <see cref="UnscheduledRepair"/> for visits it still left out: one CP-SAT model over every date such a
/// visit may take (the joint weekdays for a joint visit) re-decides at once which officers of the scarce departments
/// (those a left-out visit finds short on every such date) serve which team-day, and which visits move between
/// team-days — the repair exchanges one officer or moves one or two visits at a time; here any chain of exchanges and
/// moves across townships is one solution (<see cref="JointRestaffingModel"/>). Officers of other departments stay,
/// except those no visit of their team needs any more, who go home (<see cref="RestaffApplier"/>). Rules as in
/// <see cref="DateStaffing.Eligible"/>. First the most visits placed, then, keeping that many: officer-days, travel
/// minutes, officers left where they were. Deterministic (interleaved search, deterministic time limits) unless the
/// month's wall-clock budget cuts it short.
/// </summary>
internal sealed class JointRestaffing(MonthContext ctx, DateStaffing staffing)
{
    /// <summary>The default deterministic seconds of each CP-SAT stage.</summary>
    public const double DefaultWork = 1.5;

    /// <summary>Places what it can of <paramref name="left"/> in <paramref name="draft"/> (changed in place only when something is placed); returns the visits placed.</summary>
    /// <param name="allDepartments">Model every department of the left-out visits, not only the scarce ones.</param>
    /// <param name="allSources">Visits of every team-day of the dates may move, not only of those holding a modelled department.</param>
    /// <param name="work">Deterministic seconds of each of the two CP-SAT stages.</param>
    public List<MonthVisit> Place(MonthDraft draft, IReadOnlyList<MonthVisit> left, int seed, double seconds, bool allDepartments = false, bool allSources = false, double work = DefaultWork)
    {
        if (left.Count == 0 || seconds < 0.2) return [];
        // Data: the departments to re-decide. Variables and rules: the model.
        var model = new JointRestaffingModel(ctx, staffing, draft, left, ScarceDepartments(draft, left, allDepartments), allSources);
        if (!model.Build()) return [];

        // Objective and solve, in two stages: first the most left-out visits placed (a plain objective the search reaches
        // fast), then, keeping that many, officer-days, travel and officers kept in place, from that solution, in the time left.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var placing = model.Placements.Values.SelectMany(p => p).ToList();
        model.Cp.Maximize(LinearExpr.Sum(placing));
        var first = Solver(seed, work, seconds);
        var status = first.Solve(model.Cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || first.ObjectiveValue < 0.5) return [];
        var solver = first;
        model.Cp.ClearHints();
        foreach (var x in model.All) model.Cp.AddHint(x, first.BooleanValue(x));
        model.Cp.Add(LinearExpr.Sum(placing) >= (long)Math.Round(first.ObjectiveValue));
        model.Cp.Maximize(LinearExpr.WeightedSum(model.Objective.Select(o => o.Var), model.Objective.Select(o => o.Weight)));
        // Always the second stage (deterministic work decides); the wall clock left is only the safety net.
        var second = Solver(seed, work, Math.Max(0.05, seconds - clock.Elapsed.TotalSeconds));
        if (second.Solve(model.Cp) is CpSolverStatus.Optimal or CpSolverStatus.Feasible) solver = second;

        var placed = left.Where(v => model.Placements[v].Any(solver.BooleanValue)).ToList();
        new RestaffApplier(ctx, staffing).Apply(draft, model.Slots, solver.BooleanValue, model.Departments);
        return placed;
    }

    /// <summary>The scarce departments: those a left-out visit finds short on every date it may take (else all of its own).</summary>
    private HashSet<int> ScarceDepartments(MonthDraft draft, IReadOnlyList<MonthVisit> left, bool allDepartments)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        var departments = new HashSet<int>();
        foreach (var v in left)
        {
            var alone = new TeamCluster(v.Township, [v]);
            var dates = v.Joint ? ctx.JointDays : ctx.WorkingDays;
            var scarce = v.Departments.Where(d => dates.All(date => staffing.Eligible(alone, d, date, draft.Busy[date]).Count < k)).ToList();
            departments.UnionWith(scarce.Count > 0 && !allDepartments ? scarce : v.Departments);
        }
        return departments;
    }

    /// <summary>Deterministic whatever the number of threads (interleaved search, deterministic time) unless the wall-clock budget runs out first.</summary>
    private static CpSolver Solver(int seed, double deterministicSeconds, double seconds) => new()
    {
        StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"num_workers:2 interleave_search:true random_seed:{seed} max_deterministic_time:{deterministicSeconds} max_time_in_seconds:{Math.Max(0.05, seconds):0.###} catch_sigint_signal:false"),
    };
}
