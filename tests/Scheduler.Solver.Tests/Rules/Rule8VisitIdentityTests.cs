using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Rules;

/// <summary>Rule 8: visit ids are unique and every visit has at least one task.</summary>
public sealed class Rule8VisitIdentityTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_HasUniqueIdsAndNoEmptyVisit_WhenSeveralEnterprisesAreVisitedOften(PlannerKind kind)
    {
        var instance = TinyInstance.Create()
            .Enterprise("E3")
            .Need("N1", "D1", enterprise: "E1", times: 4, gap: 2)
            .Need("N2", "D2", enterprise: "E1", times: 2)
            .Need("N3", "D3", enterprise: "E1", minutes: 200, months: [1, 2])
            .Need("N4", "D1", enterprise: "E2", times: 6, gap: 2)
            .Need("N5", "D2", enterprise: "E2", times: 12)
            .Build();

        var plan = Planning.RunValid(kind, instance).Plan;

        Assert.Empty(ReferenceRules.Rule8IdsAndTasks(plan));
        Assert.Equal(plan.Visits.Count, plan.Visits.Select(v => v.Id).Distinct().Count());
        Assert.All(plan.Visits, v => Assert.NotEmpty(v.Tasks));
        Assert.All(plan.Visits, v => Assert.False(string.IsNullOrWhiteSpace(v.Id)));
        Assert.DoesNotContain(plan.Visits, v => v.Enterprise == "E3");
    }
}
