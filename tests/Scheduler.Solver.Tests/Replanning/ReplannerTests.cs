using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Records;
using Scheduler.Solver.Replanning;
using Scheduler.Solver.Tests.Builders;

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
        // The check the service answers a replan request with finds the same problem, without solving.
        Assert.Equal(result.Problems, Replanner.Check(changed, ReplanCase.Plan, ReplanCase.From, ReplanCase.Records()));
    }

    [Fact]
    public void Check_FindsNoProblem_WhenTheReplanMakesAPlan()
    {
        var changed = ReplanCase.Instance with { Needs = ReplanCase.Instance.Needs.Where(n => n.Id != "N4").ToList() };

        Assert.Empty(Replanner.Check(changed, ReplanCase.Plan, ReplanCase.From, ReplanCase.Records()));
        Assert.NotNull(ReplanCase.Replan(changed, ReplanCase.Records()).Plan);
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

    [Fact]
    public void Replan_OpensTheFrozenMonth_OnlyWhereThatPlacesAnOccurrence()
    {
        // N8 3× with a gap of 3; February not done: from June on only June, September and December hold three.
        var instance = TinyInstance.Create().Need("N8", "D1", "E4", times: 3, gap: 3).Need("N9", "D1", "E5").Build();
        var plan = TinyPlan.Of(
            TinyPlan.Visit("V1", "E4", 2, "N8#1"), TinyPlan.Visit("V2", "E4", 8, "N8#2"), TinyPlan.Visit("V3", "E4", 12, "N8#3"),
            TinyPlan.Visit("V4", "E5", 9, "N9#1")).Build();
        var records = new RecordSet
        {
            Year = 2027, ThroughMonth = 5,
            Records = [new VisitRecord { Visit = "V1", Outcome = RecordOutcomes.NotDone, Reason = NotDoneReasons.Postponed }],
        };

        var result = Replanner.Replan(instance, plan, 6, records, new PlannerOptions { Work = 2 });

        var months = result.Plan!.Visits.Where(v => v.Enterprise == "E4").Select(v => v.Month).Order();
        Assert.Equal([6, 9, 12], months);
        Assert.Empty(result.Plan.Unassigned);
        Assert.Contains(result.Plan.Visits, v => v.Id == "V3");
    }
}
