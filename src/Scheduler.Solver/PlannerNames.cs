namespace Scheduler.Solver;

/// <summary>The planners' names as the command line, the bench and its reports write them: lower case.</summary>
public static class PlannerNames
{
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<PlannerKind>().Select(Name)];

    public static string Name(PlannerKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out PlannerKind kind)
    {
        foreach (var candidate in Enum.GetValues<PlannerKind>())
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static string UnknownMessage(string? name) =>
        $"unknown planner '{name}': choose one of {string.Join(", ", All)}";
}
