using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Validation;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>Runs the monthly planner the way every test here does: one worker, a fixed seed unless given, never cancelled.</summary>
public static class MonthlyPlanning
{
    public const int Seed = 7;

    /// <param name="seconds">Ignored below the safety net: deterministic work decides the month, and a wall clock that
    /// cut it on a loaded machine would make the test depend on the machine.</param>
    public static MonthlyPlannerOptions Options(int seed = Seed, double seconds = 5) =>
        new() { Seed = seed, TimeLimit = TimeSpan.FromSeconds(Math.Max(seconds, SafetyNetSeconds)), Workers = 1 };

    /// <summary>The wall-clock safety net of the tests' months: far beyond what their deterministic work takes.</summary>
    public const double SafetyNetSeconds = 600;

    public static MonthlyPlanResult Run(
        Instance instance, AnnualPlan annual, int month, int seed = Seed, InspectionHistory? history = null, double seconds = 5)
    {
        AssertInputsValid(instance, annual);
        return new MonthlyPlanner().Plan(instance, annual, month, Options(seed, seconds), history, CancellationToken.None);
    }

    /// <summary>The twelve months by PlanYear (each month avoiding the officers of every enterprise's previous visit).</summary>
    public static IReadOnlyList<MonthlyPlanResult> RunYear(Instance instance, AnnualPlan annual, int seed = Seed, double seconds = 5)
    {
        AssertInputsValid(instance, annual);
        return new MonthlyPlanner().PlanYear(instance, annual, Options(seed, seconds), null, CancellationToken.None);
    }

    /// <summary>The planner is promised a valid instance and annual plan: a test that hands it anything else is wrong, not the planner.</summary>
    public static void AssertInputsValid(Instance instance, AnnualPlan annual)
    {
        var problems = InstanceValidator.Validate(instance);
        Assert.True(problems.Count == 0, "test bug, invalid instance: " + string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")));
        var report = PlanChecker.Check(instance, annual);
        Assert.True(report.Valid, "test bug, invalid annual plan: " + string.Join("; ", report.Violations));
    }

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
