using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>Runs the monthly planner the way every test here does: one worker, a fixed seed unless given, never cancelled.</summary>
public static class MonthlyPlanning
{
    public const int Seed = 7;

    public static MonthlyPlannerOptions Options(int seed = Seed, double seconds = 5) =>
        new() { Seed = seed, TimeLimit = TimeSpan.FromSeconds(seconds), Workers = 1 };

    public static MonthlyPlanResult Run(
        Instance instance, AnnualPlan annual, int month, int seed = Seed, InspectionHistory? history = null, double seconds = 5) =>
        new MonthlyPlanner().Plan(instance, annual, month, Options(seed, seconds), history, CancellationToken.None);

    /// <summary>Runs the planner and asserts the month valid by the test's own rules and by Domain's MonthlyPlanChecker.</summary>
    public static MonthlyPlan RunValid(
        Instance instance, AnnualPlan annual, int month, int seed = Seed, InspectionHistory? history = null, double seconds = 5)
    {
        var result = Run(instance, annual, month, seed, history, seconds);
        Assert.Equal(month, result.Plan.Month);
        MonthAssert.Valid(instance, annual, result.Plan);
        return result.Plan;
    }
}
