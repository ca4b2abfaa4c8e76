using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// With an <see cref="InspectionHistory"/>, an enterprise's next visit draws officers other than its previous visit's
/// where spare officers allow; where none are spare, the visit is still made by the officers there are.
/// </summary>
public sealed class InspectionHistoryTests
{
    private static readonly AnnualPlan MarchAndApril = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1"),
        TinyPlan.Visit("V2", "E1", 4, "N1#2")).Build();

    /// <summary>E1 with a D1 need twice a year, and <paramref name="officers"/> county-level D1 officers.</summary>
    private static Instance County(int officers) => TinyInstance.Create().Need("N1", "D1", "E1", times: 2).Inspectors("D1", officers).Build();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Plan_DrawsTwoOtherOfficersForTheNextVisit_WhenFourOfficersServeTheEnterprise(int seed)
    {
        var instance = County(4);
        var (march, april) = TwoMonths(instance, seed);

        var before = MonthView.DayOf(march, "V1").Inspectors;
        var after = MonthView.DayOf(april, "V2").Inspectors;
        Assert.True(!before.Intersect(after).Any(), $"March {string.Join(",", before)}, April {string.Join(",", after)}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plan_ChangesAtLeastOneOfficer_WhenOnlyOneIsSpare(int seed)
    {
        var instance = County(3);
        var (march, april) = TwoMonths(instance, seed);

        var before = MonthView.DayOf(march, "V1").Inspectors;
        var after = MonthView.DayOf(april, "V2").Inspectors;
        Assert.True(before.Intersect(after).Count() <= 1, $"March {string.Join(",", before)}, April {string.Join(",", after)}");
    }

    [Fact]
    public void Plan_StillMakesTheVisitWithTheSameOfficers_WhenNoneIsSpare()
    {
        var instance = County(2);
        var (_, april) = TwoMonths(instance, seed: 1);

        Assert.Empty(april.Unscheduled);
        Assert.Equal(["D1.1", "D1.2"], MonthView.DayOf(april, "V2").Inspectors.Order());
    }

    [Fact]
    public void PlanYear_DrawsOtherOfficersForEveryNextVisit_WhenTheEnterpriseIsVisitedMonthlyAndSpareOfficersExist()
    {
        // E1 in T1: a D1 visit every month; E2 in T2: a joint D1+D2 visit every other month. Four officers a department,
        // county level. The townships keep the two enterprises' teams apart, so nothing trades history against officer-days.
        var instance = TinyInstance.Create()
            .Township("T1", TinyInstance.DefaultOffice)
            .Township("T2", new GeoPoint(29.60, 121.80))
            .Enterprise("E1")
            .Enterprise("E2", township: "T2")
            .Need("N1", "D1", "E1", times: 12)
            .Need("N2", "D1", "E2", times: 6, gap: 2, months: [1, 3, 5, 7, 9, 11])
            .Need("N3", "D2", "E2", times: 6, gap: 2, months: [1, 3, 5, 7, 9, 11])
            .Inspectors("D1", 4)
            .Inspectors("D2", 4)
            .Build();
        var visits = Enumerable.Range(1, 12).Select(m => TinyPlan.Visit($"V1.{m}", "E1", m, $"N1#{m}"))
            .Concat(Enumerable.Range(1, 6).Select(k => TinyPlan.Visit($"V2.{k}", "E2", 2 * k - 1, $"N2#{k}", $"N3#{k}")));
        var annual = TinyPlan.Of([.. visits]).Build();

        var months = MonthlyPlanning.RunYear(instance, annual).Select(r => r.Plan).ToList();

        foreach (var month in months) MonthAssert.Valid(instance, annual, month);
        foreach (var enterprise in new[] { "E1", "E2" })
        {
            var teams = annual.Visits.Where(v => v.Enterprise == enterprise).OrderBy(v => v.Month)
                .Select(v => (v.Month, Team: MonthView.DayOf(months[v.Month - 1], v.Id).Inspectors)).ToList();
            foreach (var (previous, next) in teams.Zip(teams.Skip(1)))
            {
                var shared = previous.Team.Intersect(next.Team).ToList();
                Assert.True(shared.Count == 0,
                    $"{enterprise}: months {previous.Month} and {next.Month} share {string.Join(",", shared)}" + MonthAssert.Describe(months[next.Month - 1]));
            }
        }
    }

    [Fact]
    public void Record_RemembersTheTeamOfTheEnterprisesLatestVisit_WhenAMonthIsRecorded()
    {
        var instance = County(4);
        var history = new InspectionHistory();
        var march = MonthlyPlanning.RunValid(instance, MarchAndApril, 3, history: history);

        history.Record(MarchAndApril, march);

        Assert.Equal(MonthView.DayOf(march, "V1").Inspectors.Order(), history.LastOfficers("E1").Order());
        Assert.Empty(history.LastOfficers("E2"));
    }

    private static (MonthlyPlan March, MonthlyPlan April) TwoMonths(Instance instance, int seed)
    {
        var history = new InspectionHistory();
        var march = MonthlyPlanning.RunValid(instance, MarchAndApril, 3, seed, history);
        history.Record(MarchAndApril, march);
        var april = MonthlyPlanning.RunValid(instance, MarchAndApril, 4, seed, history);
        return (march, april);
    }
}
