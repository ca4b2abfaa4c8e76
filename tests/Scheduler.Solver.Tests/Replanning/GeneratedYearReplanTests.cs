using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Generator;
using Scheduler.Generator.Changes;
using Scheduler.Solver.Replanning;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>The benchmark's scenario on a small generated county (fixed seeds): what the replan promises holds for every visit.</summary>
public sealed class GeneratedYearReplanTests
{
    private const int From = 6;

    private static readonly Lazy<(AnnualPlan Plan, RecordSet Records, ReplanResult Result, Domain.Model.Instance Changed)> Scenario = new(() =>
    {
        var instance = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 5 }).Instance;
        var options = new PlannerOptions { Work = 2, Seed = 1 };
        var plan = AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, options, null, CancellationToken.None).Plan;
        var records = RecordMaker.Mark(null, instance, plan, 1, From - 1, 0.1, seed: 3);
        var changed = YearChanges.Apply(instance, plan, records, From, 0.05, 0.05, seed: 3);
        return (plan, records, Replanner.Replan(changed, plan, From, records, options), changed);
    });

    private static string Key(Visit v) => $"{v.Id}|{v.Enterprise}|{v.Month}|{string.Join(",", v.Tasks.Select(t => $"{t.Need}#{t.Occurrence}"))}";

    /// <summary>A history visit's identity: id, enterprise, month and needs (a withdrawn need cut to its done occurrences may renumber them).</summary>
    private static string Done(Visit v) => $"{v.Id}|{v.Enterprise}|{v.Month}|{string.Join(",", v.Tasks.Select(t => t.Need))}";

    [Fact]
    public void Replan_IsValidForTheChangedInstance()
    {
        var (_, _, result, changed) = Scenario.Value;

        var check = PlanChecker.Check(changed, result.Plan!);

        Assert.True(check.Valid, string.Join("; ", check.Violations.Take(5)));
        Assert.True(result.NotDoneVisits > 0 && result.Touched.Count > 0, "the scenario must change something");
    }

    [Fact]
    public void Replan_KeepsEveryDoneHistoryVisitAsItWasAndAddsNoneBeforeTheFrozenMonth()
    {
        var (plan, records, result, _) = Scenario.Value;
        var notDone = records.Records.Where(r => !r.IsDone).Select(r => r.Visit).ToHashSet();

        var done = plan.Visits.Where(v => v.Month < From && !notDone.Contains(v.Id)).Select(Done).Order().ToList();
        var history = result.Plan!.Visits.Where(v => v.Month < From).Select(Done).Order().ToList();

        Assert.Equal(done, history);
        // Occurrence numbers too, except a withdrawn need's beyond its lowered timesPerYear.
        var now = result.Plan.Visits.ToDictionary(v => v.Id);
        var renumbered = plan.Visits.Where(v => v.Month < From && !notDone.Contains(v.Id)).Sum(v => v.Tasks.Count(t => !now[v.Id].Tasks.Contains(t)));
        Assert.True(renumbered <= result.Plan.Visits.Count / 50, $"{renumbered} history tasks renumbered");
    }

    [Fact]
    public void Replan_ChangesAFrozenVisitOnlyWhereAWithdrawnNeedForcesIt()
    {
        var (plan, _, result, changed) = Scenario.Value;
        var instance = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 300, Seed = 5 }).Instance;
        var times = instance.Needs.ToDictionary(n => n.Id, n => n.TimesPerYear);
        var unchanged = changed.Needs.Where(n => times.GetValueOrDefault(n.Id) == n.TimesPerYear).Select(n => n.Id).ToHashSet();
        var now = result.Plan!.Visits.ToDictionary(v => v.Id);

        // Each previous June visit keeps exactly its tasks of needs no change reached, and goes when none is left.
        var expected = plan.Visits.Where(v => v.Month == From)
            .Select(v => (v.Id, Needs: string.Join(",", v.Tasks.Select(t => t.Need).Where(unchanged.Contains)))).Where(x => x.Needs.Length > 0).ToList();
        var actual = expected.Select(x => (x.Id, Needs: now.TryGetValue(x.Id, out var v) ? string.Join(",", v.Tasks.Select(t => t.Need)) : "")).ToList();

        Assert.Equal(expected, actual);
        Assert.Contains(plan.Visits, v => v.Month == From && v.Tasks.Any(t => !unchanged.Contains(t.Need)));
        Assert.All(plan.Visits.Where(v => v.Month == From && !expected.Any(x => x.Id == v.Id)), v => Assert.False(now.ContainsKey(v.Id)));
    }

    [Fact]
    public void Replan_KeepsEveryLaterVisitOfEnterprisesNoChangeTouched()
    {
        var (plan, _, result, _) = Scenario.Value;
        var touched = result.Touched.Keys.ToHashSet();
        var after = result.Plan!.Visits.Select(Key).ToHashSet();

        var untouched = plan.Visits.Where(v => v.Month > From && !touched.Contains(v.Enterprise)).Select(Key).ToList();

        Assert.NotEmpty(untouched);
        Assert.All(untouched, key => Assert.Contains(key, after));
    }
}
