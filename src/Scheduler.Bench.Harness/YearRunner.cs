using System.Diagnostics;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;

namespace Scheduler.Bench.Harness;

/// <summary>Runs the staffed year (<see cref="StaffedYearPlanner"/>) on one instance in this process and checks the annual plan and its months.</summary>
internal static class YearRunner
{
    private const double Mebibyte = 1024.0 * 1024.0;

    public static YearRow Run(BenchCase bench, Instance instance, PlannerOptions options, MonthlyPlannerOptions monthOptions, CancellationToken cancellationToken)
    {
        StaffedYear year;
        double wall;
        using (var memory = new MemorySampler())
        {
            var clock = Stopwatch.StartNew();
            year = new StaffedYearPlanner().Plan(instance, options, monthOptions, null, cancellationToken);
            wall = clock.Elapsed.TotalSeconds;
            memory.Stop();
            return Row(bench, instance, year, wall, memory.PeakBytes / Mebibyte);
        }
    }

    private static YearRow Row(BenchCase bench, Instance instance, StaffedYear year, double wall, double peakMb)
    {
        var annual = PlanChecker.Check(instance, year.Annual.Plan);
        var plans = year.Months.Select(m => m.Plan).ToList();
        var months = MonthlyPlanChecker.Check(instance, year.Annual.Plan, plans);
        int bound = year.Annual.PerEnterpriseBound ?? year.UnconstrainedVisits;
        var f = YearFigures.Of(annual.Figures, bound, plans, months.Months);
        double Share(int n) => bound > 0 ? (double)n / bound : 0;
        return new YearRow
        {
            Instance = bench.Name,
            Enterprises = instance.Enterprises.Count,
            Officers = instance.Inspectors.Count,
            Unassigned = f.Unassigned,
            Unscheduled = f.Unscheduled,
            UnscheduledShare = f.Visits > 0 ? (double)f.Unscheduled / f.Visits : 0,
            Visits = f.Visits,
            PerEnterpriseBound = bound,
            StaffingPrice = f.Visits - bound,
            PriceShare = Share(f.Visits - bound),
            PriceBound = year.StaffingPriceBound,
            PriceBoundShare = Share(year.StaffingPriceBound),
            OfficerDays = f.OfficerDays,
            TravelHours = f.TravelHours,
            BusiestOfficer = f.BusiestOfficer,
            BusiestOfficerDays = f.BusiestOfficerDays,
            Departments = DepartmentYears.Of(instance, year.Annual.Plan, plans, year.Unconstrained, MonthlyPlanResult.ShortOf(year.Months)),
            Rounds = year.Rounds.Count,
            WallSeconds = wall,
            ProcessPeakMb = peakMb,
            Violations = annual.Violations.Count + months.Violations.Count + (months.Months.Count == 12 ? 0 : 1),
        };
    }
}
