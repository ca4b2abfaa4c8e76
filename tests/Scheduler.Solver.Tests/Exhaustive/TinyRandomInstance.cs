using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>
/// Random instances small enough for <see cref="BruteForce"/>: one enterprise, 1–3 needs, timesPerYear ≤ 2,
/// ≤ 4 allowed months drawn from the first half-year (so needs overlap), no capacity rows; sometimes
/// standalone needs, shared items, closed months, a green cap, a low department or minute limit.
/// </summary>
public static class TinyRandomInstance
{
    public static Instance Create(int seed)
    {
        var random = new Random(seed);
        var builder = TinyInstance.Create($"tiny-random-{seed}");
        builder.MaxDepartments(random.Next(1, 4));
        if (random.Next(5) == 0) builder.MaxMinutes(180);
        var green = random.Next(4) == 0;
        if (green) builder.TierCap(CreditTiers.Green, random.Next(1, 3));
        var closed = random.Next(4) == 0 ? Pick(random, 1, 6, random.Next(1, 3)) : [];
        builder.Enterprise("E1", green ? CreditTiers.Green : CreditTiers.Yellow, closed);

        var sharedDeclared = new HashSet<string>();
        var needCount = random.Next(1, 4);
        for (var k = 1; k <= needCount; k++)
        {
            var department = $"D{random.Next(1, 4)}";
            var items = new List<string> { $"I.N{k}" };
            if (random.Next(4) == 0)
            {
                var shared = $"S.{department}";
                if (sharedDeclared.Add(shared)) builder.Item(shared, department, 60);
                items.Add(shared);
            }
            var times = random.Next(1, 3);
            builder.Need(
                $"N{k}",
                department,
                minutes: new[] { 30, 60, 90, 120, 150 }[random.Next(5)],
                items: items,
                times: times,
                months: Pick(random, 1, 6, random.Next(times, 5)),
                gap: random.Next(1, 4),
                standalone: random.Next(7) == 0);
        }
        return builder.Build();
    }

    /// <summary>Ascending distinct months in [from, to].</summary>
    private static int[] Pick(Random random, int from, int to, int count) =>
        Enumerable.Range(from, to - from + 1).OrderBy(_ => random.Next()).Take(count).Order().ToArray();
}
