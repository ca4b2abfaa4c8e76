using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>
/// Random annual plans for an instance, mostly plausible and sometimes wrong in every way the rules name:
/// occurrences left out or placed twice, months outside the need's or the enterprise's, unknown needs, empty reasons.
/// </summary>
public static class RandomPlans
{
    public static AnnualPlan Make(Instance instance, int seed)
    {
        var random = new Random(seed);
        var visits = new Dictionary<(string Enterprise, int Month, int Bucket), List<VisitTask>>();
        var unassigned = new List<UnassignedOccurrence>();
        foreach (var need in instance.Needs)
        {
            for (var k = 1; k <= need.TimesPerYear; k++)
            {
                var roll = random.NextDouble();
                if (roll < 0.03) continue; // left out
                if (roll < 0.10)
                {
                    unassigned.Add(new UnassignedOccurrence(need.Id, k, random.Next(4) == 0 ? "" : "no capacity"));
                    continue;
                }
                var month = random.Next(10) == 0 ? random.Next(1, 13) : need.Months[random.Next(need.Months.Count)];
                var enterprise = random.Next(30) == 0 ? instance.Enterprises[random.Next(instance.Enterprises.Count)].Id : need.Enterprise;
                var key = (enterprise, month, random.Next(2));
                if (!visits.TryGetValue(key, out var tasks)) visits[key] = tasks = [];
                tasks.Add(new VisitTask(need.Id, random.Next(25) == 0 ? k + 1 : k));
                if (random.Next(40) == 0) tasks.Add(new VisitTask(need.Id, k)); // placed twice
            }
        }
        if (random.Next(2) == 0) unassigned.Add(new UnassignedOccurrence("N404", 1, "unknown need"));
        var list = visits.Select((kv, i) => new Visit
        {
            Id = random.Next(30) == 0 ? "V1" : $"V{i + 1}",
            Enterprise = kv.Key.Enterprise,
            Month = kv.Key.Month,
            Tasks = kv.Value,
        }).ToList();
        return new AnnualPlan { FormatVersion = 1, Instance = instance.Name, Year = instance.Year, Visits = list, Unassigned = unassigned };
    }
}
