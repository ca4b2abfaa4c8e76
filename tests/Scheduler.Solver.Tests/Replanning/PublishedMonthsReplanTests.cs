using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// A replan given the published months (<c>published</c>): the replanned months keep their team-days where they still hold
/// (<see cref="MonthRun.CarryOver"/>), on <see cref="ShortDepartmentReplan"/>.
/// </summary>
public sealed class PublishedMonthsReplanTests
{
    private static IReadOnlyList<MonthlyPlan> Published(Instance instance) => new MonthlyPlanner()
        .PlanYear(instance, ShortDepartmentReplan.Plan, ShortDepartmentReplan.MonthOptions(), firstMonth: ShortDepartmentReplan.From)
        .Select(m => m.Plan).ToList();

    private static ReplanResult Replan(Instance changed, IReadOnlyList<MonthlyPlan> published) =>
        Replanner.Replan(changed, ShortDepartmentReplan.Plan, ShortDepartmentReplan.From, ShortDepartmentReplan.Records,
            ShortDepartmentReplan.Options(), fitStaff: ShortDepartmentReplan.MonthOptions(), published: published);

    [Fact]
    public void Replan_WritesThePublishedMonths_WhenNothingChanged()
    {
        var instance = ShortDepartmentReplan.Instance(changed: false);
        var published = Published(instance);
        Assert.Contains(published, m => m.TeamDays.Count > 0);

        var result = Replan(instance, published);

        Assert.Equal(published.Select(ContractJson.Write), result.Months.Select(m => ContractJson.Write(m.Plan)));
    }

    [Fact]
    public void Replan_ReplacesOnlyTheOfficerOnLeave_WhenAnOfficerOfAPublishedTeamDayTakesLeave()
    {
        var instance = ShortDepartmentReplan.Instance(changed: false);
        var published = Published(instance);
        var september = published.Single(m => m.Month == 9);
        var day = september.TeamDays[0];
        var away = day.Inspectors.First(id => id.StartsWith("B.", StringComparison.Ordinal));
        var changed = instance with
        {
            Inspectors = instance.Inspectors.Select(i => i.Id == away ? i with { Unavailable = [day.Date] } : i).ToList(),
        };

        var result = Replan(changed, published);

        var months = MonthlyPlanChecker.Check(changed, result.Plan!, result.Months.Select(m => m.Plan).ToList());
        Assert.True(months.Valid, string.Join("; ", months.Violations.Take(5)));
        var after = result.Months.Single(m => m.Plan.Month == 9).Plan;
        Assert.Equal(september.TeamDays.Select(t => (t.Date, string.Join(",", t.Visits))), after.TeamDays.Select(t => (t.Date, string.Join(",", t.Visits))));
        var replaced = after.TeamDays[0];
        Assert.DoesNotContain(away, replaced.Inspectors);
        Assert.Equal(day.Inspectors.Count, replaced.Inspectors.Count);
        Assert.Single(replaced.Inspectors.Except(day.Inspectors));
        Assert.Equal(september.TeamDays.Skip(1).Select(t => string.Join(",", t.Inspectors)), after.TeamDays.Skip(1).Select(t => string.Join(",", t.Inspectors)));
        Assert.Equal(0, result.Months.Sum(m => m.Figures.Unscheduled));
    }

    [Fact]
    public void Replan_KeepsEveryPublishedTeamDayOfTheVisitsItKeeps_WhenNewNeedsComeIn()
    {
        var published = Published(ShortDepartmentReplan.Instance(changed: false));
        var changed = ShortDepartmentReplan.Instance(changed: true);

        var result = Replan(changed, published);

        var plan = result.Plan!;
        var months = MonthlyPlanChecker.Check(changed, plan, result.Months.Select(m => m.Plan).ToList());
        Assert.True(months.Valid, string.Join("; ", months.Violations.Take(5)));
        Assert.Equal(0, result.Months.Sum(m => m.Figures.Unscheduled));
        // A visit the replan keeps as it was is made on the same date by the same officers as published.
        var before = ShortDepartmentReplan.Plan.Visits.ToDictionary(v => v.Id, ReplanCase.Key);
        var kept = plan.Visits.Where(v => v.Month >= ShortDepartmentReplan.From && before.GetValueOrDefault(v.Id) == ReplanCase.Key(v)).Select(v => v.Id).ToHashSet();
        Assert.NotEmpty(kept);
        static Dictionary<string, string> Teams(IEnumerable<MonthlyPlan> m) => m.SelectMany(p => p.TeamDays)
            .SelectMany(t => t.Visits.Select(v => (v, $"{t.Date}|{string.Join(",", t.Inspectors)}"))).ToDictionary(p => p.v, p => p.Item2);
        var was = Teams(published);
        var now = Teams(result.Months.Select(m => m.Plan));
        var carried = kept.Where(was.ContainsKey).ToList();
        Assert.NotEmpty(carried);
        Assert.All(carried, v => Assert.Equal(was[v], now.GetValueOrDefault(v)));
    }
}
