using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// The domain's <see cref="InstanceLookup"/> for the office's plan pages, plus what a visit covers in the pages' words
/// (<see cref="VisitSummary"/>: its departments and their check items and minutes, and its 检查行为码 when built with the plan).
/// </summary>
public sealed class PlanIndex(Instance instance, AnnualPlan? plan = null) : InstanceLookup(instance, plan)
{
    /// <summary>What a visit covers: per department, its distinct check items and on-site minutes (longest share = the visit's).</summary>
    public VisitSummary Describe(Visit visit)
    {
        var rows = Shares(visit).Select(s => new DepartmentShare(
            s.Department, DepartmentName(s.Department), [.. s.Items.Select(ItemName)], s.Items.Sum(i => Item(i)?.Minutes ?? 0)));
        return new VisitSummary(visit, EnterpriseName(visit.Enterprise), [.. rows], VisitCode(visit.Id));
    }
}
