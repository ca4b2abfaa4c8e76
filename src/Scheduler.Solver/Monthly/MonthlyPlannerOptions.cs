using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Monthly;

/// <summary>How to plan a month.</summary>
public sealed class MonthlyPlannerOptions
{
    /// <summary>Seed of the random officer draw (双随机); written into the plan so the draw can be replayed.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Wall-clock safety net of one month: deterministic work limits decide the search, so the same inputs and
    /// seed give the same month; a month this cut says so (<see cref="MonthlyPlanResult.CutByTimeLimit"/>).</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Run the repair pass (<see cref="UnscheduledRepair"/>) on visits staffing left out; off only to measure or test it.</summary>
    public bool Repair { get; set; } = true;

    /// <summary>Re-decide the officers of what the repair still left out on CP-SAT (<see cref="JointRestaffing"/>); off only to measure or test it.</summary>
    public bool Restaff { get; set; } = true;

    /// <summary>The re-staffing runs only when at most this many visits are left out: beyond, the month is short of officers,
    /// which only the annual plan can change (the staffed year does), and one model of them all would be large.</summary>
    public int RestaffLimit { get; set; } = 60;

    /// <summary>Deterministic seconds of each CP-SAT stage of the re-staffing.</summary>
    public double RestaffWork { get; set; } = JointRestaffing.DefaultWork;

    /// <summary>Deterministic seconds of CP-SAT on a date where the greedy draw leaves a team out; 0: the greedy draw alone.</summary>
    public double StaffingWork { get; set; } = DateStaffing.DefaultWork;

    public int Workers { get; set; } = PlannerOptions.DefaultWorkers;

    /// <summary>Plan the twelve months side by side on <see cref="Workers"/> threads, each without the rotation history
    /// (who saw an enterprise last): the staffing loop's rounds, which only ask where officers fall short. Same months
    /// for the same inputs whatever the threads.</summary>
    public bool IndependentMonths { get; set; }

    /// <summary>A replan's published months by month number: each month keeps their team-days where they still hold
    /// (<see cref="MonthRun.CarryOver"/>) and plans only the rest; null or a month absent: planned anew.</summary>
    public IReadOnlyDictionary<int, MonthlyPlan>? Published { get; set; }

    /// <summary>A copy to change a few settings of, every other one kept.</summary>
    public MonthlyPlannerOptions Copy() => (MonthlyPlannerOptions)MemberwiseClone();
}
