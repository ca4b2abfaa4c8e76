using System.Globalization;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;

namespace Scheduler.Cli.Input;

/// <summary>Where monthly plans go in a folder: month-01.json … month-12.json.</summary>
internal static class MonthFiles
{
    public static string Name(int month) => $"month-{month.ToString("00", CultureInfo.InvariantCulture)}.json";

    /// <summary>Writes each plan as DIR/month-MM.json, creating the folder; returns the paths in the plans' order.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, IEnumerable<MonthlyPlan> plans)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var plan in plans)
        {
            var path = Path.Combine(folder, Name(plan.Month));
            ContractJson.WriteFile(path, ContractJson.Write(plan));
            paths.Add(path);
        }
        return paths;
    }
}
