using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>Builds a <see cref="PlanResult"/> from enterprise schedules.</summary>
internal static class PlanResults
{
    public static PlanResult Build(
        CompiledInstance ci,
        IReadOnlyList<EnterpriseSchedule> schedules,
        string planner,
        SolveStatus status,
        TimeSpan elapsed,
        int? bound = null,
        bool boundExact = false,
        Func<int, int, int, bool>? staffFull = null)
    {
        AnnualPlan plan = PlanAssembler.Assemble(ci, schedules, staffFull);
        var report = PlanChecker.Check(ci.Source, plan);
        if (!report.Valid)
            throw new InvalidOperationException(
                $"planner {planner} built an invalid plan (a bug): {string.Join("; ", report.Violations.Take(5))}");
        return new PlanResult
        {
            Plan = plan,
            Status = status,
            Planner = planner,
            Figures = report.Figures,
            PerEnterpriseBound = bound,
            PerEnterpriseBoundExact = boundExact,
            Elapsed = elapsed,
        };
    }
}
