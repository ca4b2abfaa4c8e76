using Scheduler.Domain.Json;
using Scheduler.Domain.Records;
using Scheduler.Generator;
using Scheduler.Generator.Changes;
using Scheduler.Solver.Replanning;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>
/// The re-planned enterprises are solved side by side on two workers and each solve is kept only where the ledger it was
/// made on builds the same model as the one the solves before it leave (else it is made again), and a need's room partners
/// are tried two at a time with the first in order kept: the replan is the same file with one worker or two. A county with
/// capacities from its witness, so that some cells run full.
/// </summary>
public sealed class ReplanWorkersTests
{
    private const int From = 6;

    [Fact]
    public void Replan_IsTheSameFile_WithOneWorkerOrTwo()
    {
        var instance = CountyGenerator.Generate(new GeneratorOptions { Enterprises = 400, Seed = 11 }).Instance;
        var plan = AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, Options(1), null, CancellationToken.None).Plan;
        var records = RecordMaker.Mark(null, instance, plan, 1, From - 1, 0.1, seed: 4);
        var changed = YearChanges.Apply(instance, plan, records, From, 0.08, 0.05, seed: 4);

        var one = Replanner.Replan(changed, plan, From, records, Options(1));
        var two = Replanner.Replan(changed, plan, From, records, Options(2));

        Assert.True(one.Solves >= 20, $"the scenario must re-plan enterprises on CP-SAT ({one.Solves} solves)");
        Assert.Equal(ContractJson.Write(one.Plan!), ContractJson.Write(two.Plan!));
        Assert.Equal(one.Solves, two.Solves);
        Assert.True(one.RoomMade > 0, $"the scenario must make room by pairs, whose partners two workers try side by side ({one.RoomMade} made)");
        Assert.Equal(one.RoomMade, two.RoomMade);
    }

    private static PlannerOptions Options(int workers) => new() { Work = 2, Seed = 1, Workers = workers, TimeLimit = TimeSpan.FromMinutes(10) };
}
