using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Tests.Replanning;

public sealed class ReplannerTests
{
    [Fact]
    public void Replan_ChangesNothing_WhenNothingChanged()
    {
        var result = ReplanCase.Replan(ReplanCase.Instance, ReplanCase.Records());

        Assert.Equal(ContractJson.Write(ReplanCase.Plan), ContractJson.Write(result.Plan!));
        Assert.Empty(result.Touched);
    }

    [Fact]
    public void Replan_KeepsEveryDoneHistoryVisit_WhenVisitsWereNotDoneAndNeedsAdded()
    {
        var changed = ReplanCase.Builder().Need("N5", "D3", "E1", times: 1).Need("N6", "D1", "E3", times: 1).Build();

        var result = ReplanCase.Replan(changed, ReplanCase.Records(notDone: "V2"));

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        var history = plan.Visits.Where(v => v.Month < ReplanCase.From).Select(ReplanCase.Key).ToList();
        Assert.Equal(["V1|E1|2|N1#1,N2#1", "V5|E2|3|N3#1"], history);
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void Replan_BringsANotDoneOccurrenceBackAfterTheFrozenMonth()
    {
        var result = ReplanCase.Replan(ReplanCase.Instance, ReplanCase.Records(notDone: "V2"));

        var plan = result.Plan!;
        var months = plan.Visits.Where(v => v.Tasks.Any(t => t.Need == "N1")).Select(v => v.Month).Order().ToList();
        Assert.Equal(4, months.Count);
        Assert.DoesNotContain(4, months);
        Assert.Contains(months, m => m > ReplanCase.From && m != 9);
        Assert.Equal(1, result.NotDoneVisits);
    }

    [Fact]
    public void Replan_KeepsTheFrozenMonth_WhenNoChangeForcesIt()
    {
        // A new need of E3 could share June's visit V7, but June is frozen: it goes to a later month.
        var changed = ReplanCase.Builder().Need("N6", "D1", "E3", times: 1).Build();

        var result = ReplanCase.Replan(changed, ReplanCase.Records());

        var june = result.Plan!.Visits.Where(v => v.Month == ReplanCase.From).Select(ReplanCase.Key).ToList();
        Assert.Equal(["V3|E1|6|N1#3", "V6|E2|6|N3#2", "V7|E3|6|N4#1"], june);
        Assert.Equal(0, result.FrozenChanged);
    }

    [Fact]
    public void Replan_ChangesTheFrozenMonthOnlyWhereAWithdrawnNeedForcesIt()
    {
        var changed = ReplanCase.Instance with { Needs = ReplanCase.Instance.Needs.Where(n => n.Id != "N4").ToList() };

        var result = ReplanCase.Replan(changed, ReplanCase.Records());

        var june = result.Plan!.Visits.Where(v => v.Month == ReplanCase.From).Select(ReplanCase.Key).ToList();
        Assert.Equal(["V3|E1|6|N1#3", "V6|E2|6|N3#2"], june);
        Assert.Equal(1, result.FrozenChanged);
        Assert.DoesNotContain(result.Plan.Visits, v => v.Enterprise == "E3");
    }

    [Fact]
    public void Replan_NamesTheVisitTask_WhenAWithdrawnNeedHadHistory()
    {
        var changed = ReplanCase.Instance with { Needs = ReplanCase.Instance.Needs.Where(n => n.Id != "N3").ToList() };

        var result = ReplanCase.Replan(changed, ReplanCase.Records());

        Assert.Null(result.Plan);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.visits[4].tasks[0]", problem.Path);
        Assert.Contains("withdrawn", problem.Message);
    }

    [Fact]
    public void Replan_KeepsTheHistoryAndDropsTheRest_WhenAWithdrawnNeedKeepsItsDoneOccurrences()
    {
        var needs = ReplanCase.Instance.Needs.Select(n => n.Id == "N3" ? n with { TimesPerYear = 1 } : n).ToList();
        var changed = ReplanCase.Instance with { Needs = needs };

        var result = ReplanCase.Replan(changed, ReplanCase.Records());

        var plan = result.Plan!;
        Assert.True(PlanChecker.Check(changed, plan).Valid);
        Assert.Equal(["V5|E2|3|N3#1"], plan.Visits.Where(v => v.Enterprise == "E2").Select(ReplanCase.Key));
        Assert.Equal(1, result.FrozenChanged);
    }

    [Fact]
    public void Replan_PrefersThePreviousMonths_WhenAnotherEnterpriseChanges()
    {
        var changed = ReplanCase.Builder().Need("N7", "D2", "E2", times: 1, months: [7, 8, 9, 10, 11, 12]).Build();

        var result = ReplanCase.Replan(changed, ReplanCase.Records());

        var untouched = ReplanCase.Plan.Visits.Where(v => v.Enterprise != "E2").Select(ReplanCase.Key).ToList();
        Assert.All(untouched, key => Assert.Contains(key, result.Plan!.Visits.Select(ReplanCase.Key)));
        Assert.Equal(["E2"], result.Touched.Keys);
    }
}
