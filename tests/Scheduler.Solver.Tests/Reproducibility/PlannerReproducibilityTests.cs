using Scheduler.Domain.Json;
using Scheduler.Solver.Tests.Conformance;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Reproducibility;

/// <summary>With one worker and a fixed seed a planner returns the same plan twice (PlannerOptions.Seed's promise).</summary>
public sealed class PlannerReproducibilityTests
{
    [Theory]
    [MemberData(nameof(Planning.AllKinds), MemberType = typeof(Planning))]
    public void Plan_IsTheSameTwice_WhenSeedAndOneWorkerAreFixed(PlannerKind kind)
    {
        foreach (var instance in ConformanceInstances.All.Values)
        {
            var first = ContractJson.Write(Planning.Run(kind, instance, seconds: 5).Plan);
            var second = ContractJson.Write(Planning.Run(kind, instance, seconds: 5).Plan);

            Assert.True(first == second, $"{instance.Name}: two runs of {kind} differ");
        }
    }
}
