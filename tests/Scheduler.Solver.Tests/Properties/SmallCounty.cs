using Scheduler.Domain.Model;

namespace Scheduler.Solver.Tests.Properties;

/// <summary>A random small instance and the seed that rebuilds it (<see cref="SmallCountyGenerator.Create"/>).</summary>
public sealed record SmallCounty(int Seed, Instance Instance)
{
    public override string ToString() =>
        $"SmallCounty(seed {Seed}: {Instance.Enterprises.Count} enterprises, {Instance.Needs.Count} needs, " +
        $"{Instance.Capacities.Count} capacity rows; rebuild with SmallCountyGenerator.Create({Seed}))";
}
