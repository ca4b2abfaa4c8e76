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
    private const double MaxUnscheduledShare = 0.02;

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

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(RandomCountyArbitrary)])]
    public void PlanYear_SchedulesAlmostEveryVisit_WhenTheCountyIsStaffedForItsWitnessPlan(RandomCounty county)
    {
        // CountyGenerator sizes each township's and the county's officers for its witness plan, so staff is rarely
        // what is missing; the odd joint visit whose departments are all scarce in a small township may still be.
        var (annual, results) = PlansOf(county);

        var unscheduled = results.Sum(r => r.Plan.Unscheduled.Count);
        Assert.True(unscheduled <= MaxUnscheduledShare * annual.Visits.Count,
            $"{county}: {unscheduled} of {annual.Visits.Count} visits unscheduled: " +
            string.Join("; ", results.SelectMany(r => r.Plan.Unscheduled).Take(5).Select(u => $"{u.Visit}: {u.Reason}")));
    }

    private static (AnnualPlan Annual, IReadOnlyList<MonthlyPlanResult> Months) PlansOf(RandomCounty county) =>
        Plans.GetOrAdd((county.Seed, county.Enterprises), _ =>
        {
            var annual = Planning.Run(PlannerKind.Greedy, county.Instance, seconds: 5).Plan;
            var months = MonthlyPlanning.RunYear(county.Instance, annual, DrawSeed, MonthSeconds);
            return (annual, months);
        });
}
