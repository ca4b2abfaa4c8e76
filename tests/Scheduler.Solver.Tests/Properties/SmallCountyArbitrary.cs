using FsCheck;
using FsCheck.Fluent;

namespace Scheduler.Solver.Tests.Properties;

/// <summary>FsCheck's source of <see cref="SmallCounty"/> values: a random seed, expanded by the generator.</summary>
public static class SmallCountyArbitrary
{
    public static Arbitrary<SmallCounty> SmallCounty() =>
        Gen.Choose(0, int.MaxValue - 1).Select(SmallCountyGenerator.Create).ToArbitrary();
}
