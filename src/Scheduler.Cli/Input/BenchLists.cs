using System.Globalization;
using Scheduler.Solver;

namespace Scheduler.Cli.Input;

/// <summary>Parses the bench's comma-separated options (sizes, seeds, planners).</summary>
internal static class BenchLists
{
    /// <summary>The planners in the order the reports show them: the status quo and yardstick first, ours last.</summary>
    public static IReadOnlyList<PlannerKind> AllPlanners =>
        [.. Enum.GetValues<PlannerKind>().OrderBy(Rank).ThenBy(k => (int)k)];

    /// <returns>null, with <paramref name="error"/> set, when an item is not an integer in range.</returns>
    public static IReadOnlyList<int>? Integers(string text, string option, int min, int max, out string? error)
    {
        var result = new List<int>();
        foreach (var item in Items(text))
        {
            if (!int.TryParse(item.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                error = $"{option}: '{item}' is not a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}";
                return null;
            }
            if (!result.Contains(value)) result.Add(value);
        }
        error = result.Count == 0 ? $"{option} needs at least one value" : null;
        return error is null ? result : null;
    }

    /// <returns>null, with <paramref name="error"/> set, when a name is not a planner.</returns>
    public static IReadOnlyList<PlannerKind>? Planners(string text, out string? error)
    {
        var result = new List<PlannerKind>();
        foreach (var item in Items(text))
        {
            if (!PlannerNames.TryParse(item, out var kind))
            {
                error = PlannerNames.UnknownMessage(item);
                return null;
            }
            if (!result.Contains(kind)) result.Add(kind);
        }
        error = result.Count == 0 ? "--planners needs at least one planner" : null;
        return error is null ? result : null;
    }

    /// <summary>Items of a list; a comma inside a number group such as "12,000" is not supported, write 12000 or 12_000.</summary>
    public static IEnumerable<string> Items(string text) =>
        text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Rank(PlannerKind kind) => kind switch
    {
        PlannerKind.Separate => 0,
        PlannerKind.Greedy => 1,
        PlannerKind.Optimized => 3,
        _ => 2,
    };
}
