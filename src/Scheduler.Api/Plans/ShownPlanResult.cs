namespace Scheduler.Api.Plans;

/// <summary>
/// The outcome of finding the plan to show: the plan, or why there is none (no register yet, an unknown run, a run
/// without a plan, no solved plan for the year yet). <see cref="Year"/> is the year asked or resolved (null: no register).
/// </summary>
public sealed record ShownPlanResult(int? Year, ShownPlan? Shown, PlanMissing Missing)
{
    public bool Found => Shown is not null;
}
