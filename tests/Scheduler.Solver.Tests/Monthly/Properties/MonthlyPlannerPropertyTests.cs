using System.Collections.Concurrent;
using FsCheck.Xunit;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly.Properties;

/// <summary>
/// Properties of the monthly planner over random generated counties (50–150 enterprises): the greedy annual plan,
/// then its twelve months by PlanYear. Every property sees the same counties (fixed replay seed); each county is
/// planned once and cached.
/// </summary>
public sealed class MonthlyPlannerPropertyTests
{
    private const int Cases = 30;
    private const string Replay = "(20270301,20270331)";
    private const double MonthSeconds = 1;
    private const int DrawSeed = 3;

    private static readonly ConcurrentDictionary<(int, int), (AnnualPlan Annual, IReadOnlyList<MonthlyPlanResult> Months)> Plans = new();

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void PlanYear_GivesValidMonthsThatBothCheckersAccept_WhenTheCountyIsRandom(RandomCounty county)
    {
        var (annual, results) = PlansOf(county);
        var months = results.Select(r => r.Plan).ToArray();

        Assert.Equal(Enumerable.Range(1, 12), months.Select(m => m.Month));
        foreach (var month in months) MonthAssert.Valid(county.Instance, annual, month);
        var together = MonthlyPlanChecker.Check(county.Instance, annual, months);
        Assert.True(together.Valid, $"{county}: " + string.Join("; ", together.Violations));
        if (PythonValidator.Available) MonthAssert.PythonAgrees(county.Instance, annual, months);
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void PlanYear_AccountsForEveryVisitOfTheYearOnce_WhenTheCountyIsRandom(RandomCounty county)
    {
        var (annual, results) = PlansOf(county);

        var accounted = results
            .SelectMany(r => r.Plan.TeamDays.SelectMany(t => t.Visits.Select(v => (Visit: v, r.Plan.Month)))
                .Concat(r.Plan.Unscheduled.Select(u => (u.Visit, r.Plan.Month))))
            .ToList();
        Assert.Equal(annual.Visits.Count, accounted.Count);
        var monthOf = annual.Visits.ToDictionary(v => v.Id, v => v.Month);
        Assert.All(accounted, a => Assert.Equal(monthOf[a.Visit], a.Month));
        Assert.Equal(annual.Visits.Count, accounted.Select(a => a.Visit).Distinct().Count());
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void PlanYear_ReportsTheCheckersFiguresAndTheSeed_WhenTheCountyIsRandom(RandomCounty county)
    {
        var (annual, results) = PlansOf(county);

        var checkedMonths = MonthlyPlanChecker.Check(county.Instance, annual, [.. results.Select(r => r.Plan)]).Months;
        for (var i = 0; i < results.Count; i++)
        {
            var (planner, checker) = (results[i].Figures, checkedMonths[i]);
            Assert.True(planner with { TravelMinutes = 0 } == checker with { TravelMinutes = 0 }, $"{county} month {i + 1}: planner {planner}, checker {checker}");
            Assert.Equal(checker.TravelMinutes, planner.TravelMinutes, 3);
            Assert.Equal(DrawSeed, results[i].Plan.Seed);
        }
    }

    private static (AnnualPlan Annual, IReadOnlyList<MonthlyPlanResult> Months) PlansOf(RandomCounty county) =>
        Plans.GetOrAdd((county.Seed, county.Enterprises), _ =>
        {
            var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;
            var months = MonthlyPlanning.RunYear(county.Instance, annual, DrawSeed, MonthSeconds);
            return (annual, months);
        });
}
