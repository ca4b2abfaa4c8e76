using System.Collections.Concurrent;
using FsCheck.Xunit;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Properties;

/// <summary>
/// Properties of every planner over random small counties. Each property sees the same 60 counties
/// (fixed replay seed), and plans are cached per (county, planner), so the planners run once per county.
/// </summary>
public sealed class PlannerPropertyTests
{
    private const int Cases = 60;
    private const string Replay = "(20270101,20271231)";
    private const double Seconds = 1;

    private static readonly ConcurrentDictionary<(int Seed, PlannerKind Kind), PlanResult> Plans = new();

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(SmallCountyArbitrary)])]
    public void Plan_IsValidAndAccountsForEveryOccurrence_WhenTheCountyIsRandom(SmallCounty county)
    {
        var instance = county.Instance;
        var occurrences = instance.Needs.Sum(n => n.TimesPerYear);
        foreach (var kind in new[] { PlannerKind.Optimized, PlannerKind.Greedy, PlannerKind.Separate })
        {
            var plan = PlanOf(county, kind).Plan;
            PlanAssert.Valid(instance, plan);
            Assert.Equal(occurrences, plan.Visits.Sum(v => v.Tasks.Count) + plan.Unassigned.Count);
        }

        // The independent python checker, on a sample of the counties.
        if (county.Seed % 6 == 0 && PythonValidator.Available)
        {
            var plan = PlanOf(county, PlannerKind.Optimized).Plan;
            var report = PythonValidator.Validate(instance, plan);
            Assert.True(report.Valid, $"{county}: validate_plan.py: {string.Join("; ", report.Errors)}");
        }
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(SmallCountyArbitrary)])]
    public void Optimized_IsNeverWorseThanGreedy_WhenComparedOnUnassignedThenVisits(SmallCounty county)
    {
        var optimized = PlanOf(county, PlannerKind.Optimized).Figures;
        var greedy = PlanOf(county, PlannerKind.Greedy).Figures;

        var better = (optimized.Unassigned, optimized.Visits).CompareTo((greedy.Unassigned, greedy.Visits)) <= 0;
        Assert.True(better, $"{county}: Optimized (unassigned {optimized.Unassigned}, visits {optimized.Visits}) " +
                            $"is worse than Greedy (unassigned {greedy.Unassigned}, visits {greedy.Visits})");
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(SmallCountyArbitrary)])]
    public void Optimized_HasAtLeastItsPerEnterpriseBound_WhenNothingIsUnassigned(SmallCounty county)
    {
        var result = PlanOf(county, PlannerKind.Optimized);
        Assert.NotNull(result.PerEnterpriseBound);
        if (result.Status == SolveStatus.Optimal)
        {
            // Optimal promises: nothing unassigned and visits equal to a proven bound.
            Assert.True(result.Plan.Unassigned.Count == 0 && result.PerEnterpriseBoundExact
                        && result.Plan.Visits.Count == result.PerEnterpriseBound,
                $"{county}: status Optimal with {result.Plan.Unassigned.Count} unassigned, {result.Plan.Visits.Count} visits, " +
                $"bound {result.PerEnterpriseBound} (exact: {result.PerEnterpriseBoundExact})");
        }
        if (result.Plan.Unassigned.Count > 0) return;

        var bound = result.PerEnterpriseBound.Value;
        Assert.True(result.Plan.Visits.Count >= bound, $"{county}: {result.Plan.Visits.Count} visits < bound {bound}");
        if (county.Instance.Capacities.Count == 0 && result.PerEnterpriseBoundExact)
        {
            // Without capacity every enterprise can take its own optimum: the bound is reached.
            Assert.True(result.Plan.Visits.Count == bound, $"{county}: {result.Plan.Visits.Count} visits, exact bound {bound}, no capacity");
        }
        Assert.True(bound >= result.Figures.LowerBound, $"{county}: bound {bound} < lowerBound {result.Figures.LowerBound}");
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(SmallCountyArbitrary)])]
    public void Figures_MatchThePlan_WhenTheCountyIsRandom(SmallCounty county)
    {
        var instance = county.Instance;
        foreach (var kind in new[] { PlannerKind.Optimized, PlannerKind.Greedy, PlannerKind.Separate })
        {
            var result = PlanOf(county, kind);
            var figures = result.Figures;
            Assert.Equal(result.Plan.Visits.Count, figures.Visits);
            Assert.Equal(result.Plan.Unassigned.Count, figures.Unassigned);
            Assert.Equal(PlanView.DepartmentVisits(instance, result.Plan), figures.DepartmentVisits);
            Assert.Equal(instance.Needs.GroupBy(n => n.Enterprise).Sum(g => g.Max(n => n.TimesPerYear)), figures.LowerBound);
            Assert.Equal(instance.Needs.GroupBy(n => (n.Enterprise, n.Department)).Sum(g => g.Max(n => n.TimesPerYear)), figures.SeparateVisits);
        }
    }

    private static PlanResult PlanOf(SmallCounty county, PlannerKind kind) =>
        Plans.GetOrAdd((county.Seed, kind), key => Planning.Run(key.Kind, county.Instance, Seconds));
}
