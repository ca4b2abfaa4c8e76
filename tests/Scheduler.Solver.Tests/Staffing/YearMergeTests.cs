using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// The staffed year's last step (YearMerge): two visits of one enterprise become one where a team-day can carry the
/// merged visit, in one month or across months, and never where a rule or the officers forbid it.
/// </summary>
public sealed class YearMergeTests
{
    private static readonly DateOnly Tuesday = new(2027, 3, 2);
    private static readonly DateOnly Wednesday = new(2027, 3, 3);

    /// <summary>E1 asks A and B for a check each in March or April. Four officers of each department, county level.</summary>
    private static TinyInstance County() => TinyInstance.Create()
        .Need("NA", "A", "E1", months: [3, 4]).Need("NB", "B", "E1", months: [3, 4])
        .Inspectors("A", 4).Inspectors("B", 4);

    [Fact]
    public void Run_MergesTwoVisitsOfAMonth_OntoTheJointDayWhoseTeamHoldsBothDepartments()
    {
        var instance = County().Need("NC", "A", "E2", months: [3]).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V2", "E1", 3, "NB#1"), TinyPlan.Visit("V3", "E2", 3, "NC#1")).Build();
        var march = Month(3,
            Day("TD03-1", Tuesday, ["A.1", "A.2", "B.1", "B.2"], "V1", "V3"),
            Day("TD03-2", Wednesday, ["B.3", "B.4"], "V2"));

        var merged = YearMerge.Run(new CompiledInstance(instance), annual, [Result(instance, annual, march)]);

        Assert.NotNull(merged);
        Assert.Equal(1, merged.Value.Merged);
        Assert.Equal(2, merged.Value.Figures.Visits);
        var month = merged.Value.Months[0].Plan;
        MonthAssert.Valid(instance, merged.Value.Annual, month);
        var day = Assert.Single(month.TeamDays);
        Assert.Equal(Tuesday, day.Date);
        Assert.Equal(["NA", "NB"], merged.Value.Annual.Visits.Single(v => v.Id == "V1").Tasks.Select(t => t.Need).Order());
    }

    [Fact]
    public void Run_SchedulesALeftOutVisit_ByMergingItIntoItsSiblingWithFreeOfficersAdded()
    {
        var instance = County().Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V2", "E1", 3, "NB#1")).Build();
        var march = Month(3, [Day("TD03-1", Tuesday, ["A.1", "A.2"], "V1")], new UnscheduledVisit("V2", "no 2 free B officers"));

        var merged = YearMerge.Run(new CompiledInstance(instance), annual, [Result(instance, annual, march)]);

        Assert.NotNull(merged);
        var month = merged.Value.Months[0].Plan;
        MonthAssert.Valid(instance, merged.Value.Annual, month);
        Assert.Empty(month.Unscheduled);
        Assert.Equal(2, MonthView.OfficersOf(instance, Assert.Single(month.TeamDays), "B"));
    }

    [Fact]
    public void Run_PlacesALeftOutVisitWithoutSiblings_WhereATeamOrFreeOfficersCanNowCarryIt()
    {
        // V3 (A at E2) and V4 (B at E3) were left out; since then the Tuesday team of A has room, and two B officers are free
        // (as a what-if's new officers would be). Neither has a sibling to merge with.
        var instance = TinyInstance.Create()
            .Need("NA", "A", "E1", months: [3]).Need("NC", "A", "E2", months: [3]).Need("ND", "B", "E3", months: [3])
            .Inspectors("A", 4).Inspectors("B", 4).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V3", "E2", 3, "NC#1"), TinyPlan.Visit("V4", "E3", 3, "ND#1")).Build();
        var march = Month(3, [Day("TD03-1", Tuesday, ["A.1", "A.2"], "V1")],
            new UnscheduledVisit("V3", "no 2 free A officers"), new UnscheduledVisit("V4", "no 2 free B officers"));

        var placed = YearMerge.Run(new CompiledInstance(instance), annual, [Result(instance, annual, march)]);

        Assert.NotNull(placed);
        Assert.Equal(0, placed.Value.Merged);
        Assert.Equal(3, placed.Value.Figures.Visits);
        var month = placed.Value.Months[0].Plan;
        MonthAssert.Valid(instance, placed.Value.Annual, month);
        Assert.Empty(month.Unscheduled);
        Assert.Contains("V3", month.TeamDays.Single(d => d.Id == "TD03-1").Visits);
        Assert.Equal(2, MonthView.OfficersOf(instance, month.TeamDays.Single(d => d.Visits.Contains("V4")), "B"));
    }

    [Fact]
    public void Run_MovesAVisitIntoItsSiblingsMonth_WhenItsNeedAllowsThatMonth()
    {
        var instance = County().Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V2", "E1", 4, "NB#1")).Build();
        var march = Month(3, Day("TD03-1", Tuesday, ["A.1", "A.2", "B.1", "B.2"], "V1"));
        var april = Month(4, Day("TD04-1", new DateOnly(2027, 4, 7), ["B.3", "B.4"], "V2"));

        var merged = YearMerge.Run(new CompiledInstance(instance), annual, [Result(instance, annual, march), Result(instance, annual, april)]);

        Assert.NotNull(merged);
        Assert.Equal(1, merged.Value.Figures.Visits);
        Assert.Empty(merged.Value.Months[1].Plan.TeamDays);
        Assert.True(MonthlyPlanChecker.Check(instance, merged.Value.Annual, merged.Value.Months.Select(m => m.Plan).ToList()).Valid);
    }

    [Fact]
    public void Run_HandsAVisitOfAFullDayToAnotherDay_ToMakeRoomForTheMergedVisit()
    {
        // The only two A officers can make no other Tuesday of March. Their Tuesday holds V1 (A at E1, 30 minutes) and two
        // A checks of 150 minutes: with E1's B check (200 minutes) merged in, the day would last over 480 minutes.
        var otherTuesdays = MonthView.MarchDays(DayOfWeek.Tuesday).Where(d => d != Tuesday).ToList();
        var instance = TinyInstance.Create()
            .Need("NA", "A", "E1", minutes: 30, months: [3]).Need("NB", "B", "E1", minutes: 200, months: [3])
            .Need("NC", "A", "E2", minutes: 150, months: [3]).Need("ND", "A", "E3", minutes: 150, months: [3])
            .Inspector("A.1", "A", unavailable: otherTuesdays).Inspector("A.2", "A", unavailable: otherTuesdays).Inspectors("B", 2).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V2", "E1", 3, "NB#1"),
            TinyPlan.Visit("V3", "E2", 3, "NC#1"), TinyPlan.Visit("V4", "E3", 3, "ND#1")).Build();
        var march = Month(3,
            Day("TD03-1", Tuesday, ["A.1", "A.2"], "V1", "V3", "V4"),
            Day("TD03-2", Wednesday, ["B.1", "B.2"], "V2"));

        var merged = YearMerge.Run(new CompiledInstance(instance), annual, [Result(instance, annual, march)]);

        Assert.NotNull(merged);
        Assert.Equal(1, merged.Value.Merged);
        Assert.Equal(3, merged.Value.Figures.Visits);
        var month = merged.Value.Months[0].Plan;
        MonthAssert.Valid(instance, merged.Value.Annual, month);
        Assert.Empty(month.Unscheduled);
        var tuesday = month.TeamDays.Single(d => d.Date == Tuesday);
        Assert.Equal(["A.1", "A.2", "B.1", "B.2"], tuesday.Inspectors.Order());
        Assert.Contains("V1", tuesday.Visits);
        // The A check handed on went to Wednesday, whose B officers, needed by no visit there any more, were let go.
        var handedOn = month.TeamDays.Single(d => d.Date != Tuesday);
        Assert.Equal(["A.1", "A.2"], handedOn.Inspectors.Order());
        Assert.Single(handedOn.Visits);
    }

    [Fact]
    public void Run_MergesNothing_WhenTheMergedVisitBreaksARuleOrNoJointDayHasTheOfficers()
    {
        // One department per visit: no merge may be made at all.
        var single = County().MaxDepartments(1).Build();
        var annual = TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "NA#1"), TinyPlan.Visit("V2", "E1", 3, "NB#1")).Build();
        var march = Month(3, Day("TD03-1", Tuesday, ["A.1", "A.2", "B.1", "B.2"], "V1"), Day("TD03-2", Wednesday, ["B.3", "B.4"], "V2"));
        Assert.Null(YearMerge.Run(new CompiledInstance(single), annual, [Result(single, annual, march)]));

        // Only two B officers, both away on every joint day of March: the B visit stays apart.
        var tuesdays = MonthView.MarchDays(DayOfWeek.Tuesday);
        var away = TinyInstance.Create()
            .Need("NA", "A", "E1", months: [3]).Need("NB", "B", "E1", months: [3])
            .Inspectors("A", 2).Inspector("B.1", "B", unavailable: tuesdays).Inspector("B.2", "B", unavailable: tuesdays).Build();
        var apart = Month(3, Day("TD03-1", Tuesday, ["A.1", "A.2"], "V1"), Day("TD03-2", Wednesday, ["B.1", "B.2"], "V2"));
        Assert.Null(YearMerge.Run(new CompiledInstance(away), annual, [Result(away, annual, apart)]));
    }

    private static TeamDay Day(string id, DateOnly date, string[] inspectors, params string[] visits) =>
        new() { Id = id, Date = date, Township = "T1", Inspectors = inspectors, Visits = visits };

    private static MonthlyPlan Month(int month, params TeamDay[] days) => Month(month, days, []);

    private static MonthlyPlan Month(int month, TeamDay[] days, params UnscheduledVisit[] left) =>
        new() { Instance = "tiny", Year = 2027, Month = month, TeamDays = days, Unscheduled = left };

    private static MonthlyPlanResult Result(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var report = MonthlyPlanChecker.Check(instance, annual, [month]);
        Assert.True(report.Valid, string.Join("; ", report.Violations));
        return new MonthlyPlanResult { Plan = month, Figures = report.Months[0] };
    }
}
