using Scheduler.Domain.Model;
using Scheduler.Generator;

namespace Scheduler.Solver.Tests.Monthly.Properties;

/// <summary>
/// A generated county (CountyGenerator, with its townships, officers and calendar) and how to rebuild it. Its officers
/// are sized from the generator's witness plan (<see cref="StaffSize.Sized"/>): these tests check the monthly planner
/// on months their staff can carry; counties with a fixed staff are the staffed year's tests.
/// </summary>
public sealed record RandomCounty(int Seed, int Enterprises, Instance Instance)
{
    public static RandomCounty Create(int seed, int enterprises) =>
        new(seed, enterprises, CountyGenerator.Generate(new GeneratorOptions { Enterprises = enterprises, Seed = seed, Year = 2027, Staff = StaffSize.Sized }).Instance);

    public override string ToString() =>
        $"RandomCounty({Enterprises} enterprises, {Instance.Inspectors.Count} officers; rebuild with RandomCounty.Create({Seed}, {Enterprises}))";
}
