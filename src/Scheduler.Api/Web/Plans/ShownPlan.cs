using Scheduler.Data.Stores;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Web.Plans;

/// <summary>The plan a page shows: its solve run, the instance that run solved, and its annual plan.</summary>
public sealed record ShownPlan(SolveRun Run, Instance Instance, AnnualPlan Plan)
{
    private PlanIndex? _index;

    /// <summary>Lookups over <see cref="Instance"/>, built once.</summary>
    public PlanIndex Index => _index ??= new PlanIndex(Instance);
}
