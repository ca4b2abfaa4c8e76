using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 1: every occurrence appears exactly once, in a visit or unassigned with a non-empty reason.</summary>
public sealed class Rule1OccurrenceAccountingTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_AccountsForEveryOccurrenceOnce_WhenOneNeedCannotFitAnyVisit(PlannerKind kind)
    {
        // N3 alone lasts 300 min > 240: no visit can hold it; everything else fits easily.
        var instance = TinyInstance.Create()
            .Need("N1", "D1", times: 3, gap: 2)
            .Need("N2", "D2", times: 2)
            .Need("N3", "D1", minutes: 300)
            .Need("N4", "D2", enterprise: "E2", months: [6])
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule1EveryOccurrenceOnce(instance, plan));
        var unassigned = Assert.Single(plan.Unassigned);
        Assert.Equal(("N3", 1), (unassigned.Need, unassigned.Occurrence));
        Assert.False(string.IsNullOrWhiteSpace(unassigned.Reason));
        Assert.Equal(6, plan.Visits.Sum(v => v.Tasks.Count));
    }

    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_NumbersOccurrencesOneToTimesPerYear_WhenANeedRepeats(PlannerKind kind)
    {
        var instance = TinyInstance.Create().Need("N1", "D1", times: 4).Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        var occurrences = plan.Visits.SelectMany(v => v.Tasks).Select(t => t.Occurrence).Order();
        Assert.Equal([1, 2, 3, 4], occurrences);
        Assert.Empty(plan.Unassigned);
    }
}
