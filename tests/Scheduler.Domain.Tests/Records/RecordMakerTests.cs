using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;

namespace Scheduler.Domain.Tests.Records;

public sealed class RecordMakerTests
{
    private static readonly Instance Instance = new()
    {
        Name = "tiny", Year = 2027,
        Needs = [new Need { Id = "N1", Department = "D1", Enterprise = "E1" }, new Need { Id = "N2", Department = "D2", Enterprise = "E1" }],
    };

    private static AnnualPlan Plan(int visits) => new()
    {
        Instance = "tiny", Year = 2027,
        Visits = Enumerable.Range(1, visits).Select(k => new Visit { Id = $"V{k}", Enterprise = "E1", Month = 1 + k % 3, Tasks = [new VisitTask("N1", 1), new VisitTask("N2", 1)] }).ToList(),
    };

    [Fact]
    public void Mark_RecordsEveryVisitOfTheMonthsOnItsFirstJointDay_WhenNoMonthlyPlanIsGiven()
    {
        var set = RecordMaker.Mark(null, Instance, Plan(6), 1, 2, notDoneShare: 0, seed: 1);

        Assert.Equal(4, set.Records.Count);
        Assert.All(set.Records, r => Assert.True(r.IsDone && r.Date!.Value.DayOfWeek == DayOfWeek.Tuesday, r.Visit));
        Assert.Equal(2, set.ThroughMonth);
        Assert.Empty(RecordValidator.Validate(set, Plan(6)));
    }

    [Fact]
    public void Mark_DrawsAboutTheShareNotDoneAndTheSameOnesForTheSameSeed()
    {
        var plan = Plan(3000);

        var first = RecordMaker.Mark(null, Instance, plan, 1, 3, notDoneShare: 0.05, seed: 7);
        var again = RecordMaker.Mark(null, Instance, plan, 1, 3, notDoneShare: 0.05, seed: 7);

        int notDone = first.Records.Count(r => !r.IsDone);
        Assert.InRange(notDone, 110, 190);
        Assert.Equal(first.Records.Where(r => !r.IsDone).Select(r => r.Visit), again.Records.Where(r => !r.IsDone).Select(r => r.Visit));
        Assert.All(first.Records.Where(r => !r.IsDone), r => Assert.Contains(r.Reason, NotDoneReasons.All));
    }

    [Fact]
    public void Mark_TakesTheTeamDayAndMarksUnscheduledVisitsPostponed_WhenTheMonthsPlanIsGiven()
    {
        var plan = Plan(2);
        var month = new MonthlyPlan
        {
            Month = 2, Year = 2027,
            TeamDays = [new TeamDay { Id = "TD1", Date = new DateOnly(2027, 2, 9), Township = "T1", Inspectors = ["I1", "I2"], Visits = ["V1"] }],
        };
        var march = new MonthlyPlan { Month = 3, Year = 2027, Unscheduled = [new UnscheduledVisit("V2", "no officers")] };

        var set = RecordMaker.Mark(null, Instance, plan, 1, 3, 0, 1, [month, march]);

        var v1 = set.Records.Single(r => r.Visit == "V1");
        var v2 = set.Records.Single(r => r.Visit == "V2");
        Assert.Equal(new DateOnly(2027, 2, 9), v1.Date);
        Assert.Equal(["I1", "I2"], v1.Officers!);
        Assert.Equal((RecordOutcomes.NotDone, NotDoneReasons.Postponed), (v2.Outcome, v2.Reason!));
    }
}
