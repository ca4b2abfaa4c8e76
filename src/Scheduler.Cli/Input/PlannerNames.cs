using Scheduler.Solver;

namespace Scheduler.Cli.Input;

/// <summary>The planner names the command line accepts, lower case.</summary>
internal static class PlannerNames
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
