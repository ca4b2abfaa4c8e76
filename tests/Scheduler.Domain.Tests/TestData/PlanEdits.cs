using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>Small edits of plans and instances, to derive violating cases from valid ones.</summary>
public static class PlanEdits
{
    public static AnnualPlan WithVisit(this AnnualPlan plan, string id, Func<Visit, Visit> edit) =>
        plan with { Visits = [.. plan.Visits.Select(v => v.Id == id ? edit(v) : v)] };

    public static AnnualPlan WithoutVisit(this AnnualPlan plan, string id) =>
        plan with { Visits = [.. plan.Visits.Where(v => v.Id != id)] };

    public static AnnualPlan AddVisit(this AnnualPlan plan, Visit visit) => plan with { Visits = [.. plan.Visits, visit] };

    public static AnnualPlan AddUnassigned(this AnnualPlan plan, string need, int occurrence, string reason) =>
        plan with { Unassigned = [.. plan.Unassigned, new UnassignedOccurrence(need, occurrence, reason)] };

    public static Visit AddTask(this Visit visit, string need, int occurrence) =>
        visit with { Tasks = [.. visit.Tasks, new VisitTask(need, occurrence)] };

    public static Visit RemoveTask(this Visit visit, string need) =>
        visit with { Tasks = [.. visit.Tasks.Where(t => t.Need != need)] };

    public static Instance WithNeed(this Instance instance, string id, Func<Need, Need> edit) =>
        instance with { Needs = [.. instance.Needs.Select(n => n.Id == id ? edit(n) : n)] };

    public static Instance WithRules(this Instance instance, Func<Rules, Rules> edit) => instance with { Rules = edit(instance.Rules) };

    public static MonthlyPlan WithTeamDay(this MonthlyPlan month, string id, Func<TeamDay, TeamDay> edit) =>
        month with { TeamDays = [.. month.TeamDays.Select(t => t.Id == id ? edit(t) : t)] };

    public static MonthlyPlan AddTeamDay(this MonthlyPlan month, TeamDay teamDay) => month with { TeamDays = [.. month.TeamDays, teamDay] };

    public static MonthlyPlan AddUnscheduled(this MonthlyPlan month, string visit, string reason) =>
        month with { Unscheduled = [.. month.Unscheduled, new UnscheduledVisit(visit, reason)] };
}
