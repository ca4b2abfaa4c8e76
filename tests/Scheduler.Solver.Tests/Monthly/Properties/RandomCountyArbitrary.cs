using FsCheck;
using FsCheck.Fluent;

namespace Scheduler.Solver.Tests.Monthly.Properties;

/// <summary>FsCheck's source of <see cref="RandomCounty"/> values: a seed and 50–150 enterprises.</summary>
public static class RandomCountyArbitrary
{
    public static Arbitrary<RandomCounty> RandomCounty() =>
        (from seed in Gen.Choose(0, 1_000_000)
         from enterprises in Gen.Choose(50, 150)
         select Properties.RandomCounty.Create(seed, enterprises)).ToArbitrary();
}
