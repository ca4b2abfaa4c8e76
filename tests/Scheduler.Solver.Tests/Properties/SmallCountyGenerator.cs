using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Properties;

/// <summary>
/// Random small counties for property tests, deterministic for a seed: 1–4 enterprises, 1–4 departments,
/// 1–5 needs each with random months, gap and a timesPerYear that fits its months; sometimes closed months,
/// standalone needs, shared items, a green cap, a lower department or minute limit, and capacity rows
/// that are often tight (0–3 visits).
/// </summary>
public static class SmallCountyGenerator
{
    private static readonly int[] Minutes = [30, 45, 60, 90, 120, 180];

    public static SmallCounty Create(int seed)
    {
        var random = new Random(seed);
        var builder = TinyInstance.Create($"small-county-{seed}");
        var departments = random.Next(1, 5);
        builder.Departments(departments);
        builder.MaxDepartments(random.Next(2, 5));
        if (random.Next(5) == 0) builder.MaxMinutes(180);
        if (random.Next(2) == 0) builder.TierCap(CreditTiers.Green, random.Next(1, 5));
        if (random.Next(4) == 0) builder.TierCap(CreditTiers.Yellow, random.Next(3, 7));

        var enterprises = random.Next(1, 5);
        var sharedItems = new HashSet<string>();
        var needId = 0;
        for (var e = 1; e <= enterprises; e++)
        {
            var tier = CreditTiers.All[random.Next(3)];
            var closed = random.Next(5) == 0 ? RandomMonths(random, random.Next(1, 4)) : [];
            builder.Enterprise($"E{e}", tier, closed);
            var needs = random.Next(1, 6);
            for (var k = 0; k < needs; k++)
            {
                needId++;
                var department = $"D{random.Next(1, departments + 1)}";
                var items = new List<string> { $"I.N{needId}" };
                if (random.Next(5) == 0)
                {
                    var shared = $"S.{department}";
                    if (sharedItems.Add(shared)) builder.Item(shared, department, 30);
                    items.Add(shared);
                }
                var months = NeedMonths(random);
                var gap = random.Next(1, 4);
                var times = random.Next(1, Math.Min(4, MaxOccurrences(months, gap)) + 1);
                builder.Need(
                    $"N{needId}",
                    department,
                    enterprise: $"E{e}",
                    minutes: Minutes[random.Next(Minutes.Length)],
                    items: items,
                    times: times,
                    months: months,
                    gap: gap,
                    standalone: random.Next(10) == 0);
            }
        }

        if (random.Next(2) == 0)
        {
            var rows = random.Next(1, 3 * departments + 1);
            var used = new HashSet<(int, int)>();
            for (var r = 0; r < rows; r++)
            {
                var cell = (random.Next(1, departments + 1), random.Next(1, 13));
                if (used.Add(cell)) builder.Capacity($"D{cell.Item1}", cell.Item2, random.Next(0, 4));
            }
        }
        return new SmallCounty(seed, builder.Build());
    }

    /// <summary>All year, a window of consecutive months, or a scattered handful.</summary>
    private static int[] NeedMonths(Random random) => random.Next(3) switch
    {
        0 => [.. Need.AllMonths],
        1 => Window(random),
        _ => RandomMonths(random, random.Next(1, 7)),
    };

    private static int[] Window(Random random)
    {
        var length = random.Next(2, 13);
        var start = random.Next(1, 14 - length);
        return Enumerable.Range(start, length).ToArray();
    }

    private static int[] RandomMonths(Random random, int count) =>
        Enumerable.Range(1, 12).OrderBy(_ => random.Next()).Take(count).Order().ToArray();

    /// <summary>Most occurrences the months hold with the gap (earliest-first is optimal on a line).</summary>
    private static int MaxOccurrences(IReadOnlyList<int> months, int gap)
    {
        int count = 0, last = int.MinValue / 2;
        foreach (var m in months.Order())
        {
            if (m - last < gap) continue;
            count++;
            last = m;
        }
        return count;
    }
}
