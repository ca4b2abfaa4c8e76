using Scheduler.Data.Stores;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>The plan a page shows: its solve run, and that run parsed (<see cref="CachedRun"/>: the instance it solved, its annual plan).</summary>
public sealed record ShownPlan(SolveRun Run, CachedRun Data)
{
    /// <summary>The instance the run solved.</summary>
    public Instance Instance => Data.Instance;

    public AnnualPlan Plan => Data.Plan;

    /// <summary>Lookups over <see cref="Instance"/>, built once per run.</summary>
    public PlanIndex Index => Data.Index;
}
